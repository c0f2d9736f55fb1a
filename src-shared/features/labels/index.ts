export { code128Modules, code128QuietModules, fitCode128 } from './code128-width';
export {
  formatAddress,
  formatFen,
  formatLocalTime,
  type LabelLanguage,
  labelLanguages,
  maskPhone,
  platformName,
} from './label-format';
export {
  layoutText,
  type PlacedBar,
  type PlacedBox,
  type PlacedCode128,
  type PlacedElement,
  type PlacedInverse,
  type PlacedLabel,
  type PlacedQr,
  type PlacedText,
  placeLabel,
  type TextBlock,
} from './label-layout';
export {
  type BoxElement,
  type Code128Element,
  defaultLineHeight,
  dotsPerMm,
  type InverseElement,
  isPrintableAscii,
  type LabelDocument,
  type LabelDpi,
  type LabelElement,
  labelDpis,
  type LineElement,
  mmToDots,
  type QrElement,
  type QrErrorCorrection,
  type TextAlign,
  type TextElement,
} from './label.model';
export {
  buildLabelDocument,
  isLabelTemplateId,
  type LabelTemplateId,
  labelTemplateIds,
} from './label-templates';
export { type PackingSlipData, packingSlipDataSchema } from './packing-slip.schema';
export { packingSlip } from './packing-slip.template';
export { defaultSvgFontFamily, renderSvg, type SvgOptions } from './render/svg.renderer';
export { defaultTsplFonts, renderTspl, type TsplFont, type TsplOptions } from './render/tspl.renderer';
export { defaultZplCjkFont, renderZpl, type ZplOptions } from './render/zpl.renderer';
export { type ShippingLabelData, shippingLabelDataSchema } from './shipping-label.schema';
export { shippingLabel, shippingLabelQrPayload, summariseLines } from './shipping-label.template';
export { type TestLabelData, testLabelDataSchema } from './test-label.schema';
export { testLabel, testLabelBarcode } from './test-label.template';
export {
  charWidthEm,
  ellipsis,
  type FittedText,
  fitText,
  type TextFit,
  textWidthEm,
  textWidthMm,
  truncateLine,
  wrapText,
} from './text-layout';

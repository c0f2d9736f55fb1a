export type { LabelDesk, LabelJobState } from './label-desk';
export { createPackHandlers, type PackHandlerDeps } from './pack.handlers';
export { createPackService, type PackCaller, type PackService, type PackServiceDeps } from './pack.service';
export {
  createPackBench,
  type PackBench,
  type PackBenchOptions,
  type StationPrinter,
} from './create-pack-bench';
export { renderLabelJob } from './render-label-job';
export { createShippingLabels, type ShipFrom, shippingLabelTemplate } from './shipping-labels';

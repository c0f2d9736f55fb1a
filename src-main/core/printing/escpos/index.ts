export { escPosCode128Data } from './escpos-code128';
export { type EscPosOptions, renderEscPos } from './escpos.renderer';

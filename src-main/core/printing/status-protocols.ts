import { unreachable } from '../../../src-shared/errors';
import { escposStatus } from './escpos-status';
import type { PrinterLanguage } from './printer-transport';
import type { StatusProtocol } from './status-protocol';
import { tsplStatus } from './tspl-status';
import { zplStatus } from './zpl-status';

/** The status query of each printer language. */
export function statusProtocolFor(language: PrinterLanguage): StatusProtocol {
  switch (language) {
    case 'zpl':
      return zplStatus;
    case 'tspl':
      return tsplStatus;
    case 'escpos':
      return escposStatus;
    default:
      return unreachable(language);
  }
}

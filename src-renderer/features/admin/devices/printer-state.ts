import type { PrinterStatusView } from '../../../../src-shared/features/devices';
import type { Tone } from '../../../ui';

/** Fine, a person can fix it at the printer, or unreachable. */
export function printerTone(state: PrinterStatusView['state']): Tone {
  switch (state) {
    case 'ready':
      return 'good';
    case 'offline':
      return 'bad';
    case 'unknown':
      return 'neutral';
    case 'paper_out':
    case 'head_open':
    case 'paused':
      return 'warn';
  }
}

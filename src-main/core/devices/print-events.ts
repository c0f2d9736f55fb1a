import type { BridgeEventPayload } from '../../../src-shared/bridge';
import { unreachable } from '../../../src-shared/errors';
import type { PrintQueueEvent } from '../printing';

/** A print-queue event as the bridge pushes it to the screens. */
export type PrintBridgeEvent =
  | { readonly name: 'printer.status'; readonly payload: BridgeEventPayload<'printer.status'> }
  | { readonly name: 'print.progress'; readonly payload: BridgeEventPayload<'print.progress'> }
  | { readonly name: 'print.job'; readonly payload: BridgeEventPayload<'print.job'> };

/**
 * The bridge event of a print-queue event: a printer's state becomes `printer.status` (the same
 * event simulated printers send, with the problems and the transport's message added), its counts
 * `print.progress`, a job's status `print.job` (without its data: labels carry buyers' addresses).
 */
export function toPrintBridgeEvent(event: PrintQueueEvent): PrintBridgeEvent {
  switch (event.type) {
    case 'printer': {
      const { printerId, status } = event.printer;
      return {
        name: 'printer.status',
        payload: {
          deviceId: printerId,
          state: status.state,
          problems: [...status.problems],
          ...(status.message === undefined ? {} : { message: status.message }),
        },
      };
    }
    case 'progress':
      return { name: 'print.progress', payload: event.progress };
    case 'job': {
      const { job } = event;
      return {
        name: 'print.job',
        payload: {
          jobId: job.id,
          printerId: job.printerId,
          templateId: job.templateId,
          orderId: job.orderId ?? null,
          status: job.status,
          lastError: job.lastError ?? null,
        },
      };
    }
    default:
      return unreachable(event);
  }
}

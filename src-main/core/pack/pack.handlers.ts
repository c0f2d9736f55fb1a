import type { Actor } from '../../../src-shared/domain';
import { AppError } from '../../../src-shared/errors';
import type { BridgeHandlers, CallerContext } from '../bridge';
import type { PackCaller, PackService } from './pack.service';

type PackChannel =
  | 'pack.scan'
  | 'pack.order'
  | 'pack.queue'
  | 'pack.reportException'
  | 'pack.reprint'
  | 'pack.batchPrint'
  | 'pack.labelPreview';

/** What the pack handlers need. */
export type PackHandlerDeps = {
  /** Null when the station database could not be opened: the bench cannot work then. */
  readonly pack: PackService | null;
  /** The signed-in person behind a caller; null when signed out. */
  readonly actorOf: (caller: CallerContext) => Actor | null;
};

/** Bridge handlers of the pack feature. */
export function createPackHandlers(deps: PackHandlerDeps): Pick<BridgeHandlers, PackChannel> {
  function serviceAndCaller(caller: CallerContext): { pack: PackService; caller: PackCaller } {
    if (deps.pack === null) {
      throw new AppError(
        'unavailable',
        'The station database is not available; the Station screen says why.',
      );
    }
    const actor = deps.actorOf(caller);
    if (actor === null) throw new AppError('unauthorized', 'Please sign in first.');
    return { pack: deps.pack, caller: { actor, sessionId: caller.sessionId } };
  }

  return {
    'pack.scan'(input, caller) {
      const call = serviceAndCaller(caller);
      return call.pack.scan(
        {
          code: input.code,
          openOrderId: input.openOrderId,
          ...(input.symbology === undefined ? {} : { symbology: input.symbology }),
        },
        call.caller,
      );
    },
    'pack.order': ({ orderId }, caller) => serviceAndCaller(caller).pack.order(orderId),
    'pack.queue': (_input, caller) => serviceAndCaller(caller).pack.queue(),
    'pack.reportException'(input, caller) {
      const call = serviceAndCaller(caller);
      return call.pack.reportException(
        {
          orderId: input.orderId,
          kind: input.kind,
          note: input.note,
          ...(input.skuId === undefined ? {} : { skuId: input.skuId }),
        },
        call.caller,
      );
    },
    'pack.reprint'({ orderId, reason }, caller) {
      const call = serviceAndCaller(caller);
      return call.pack.reprint(orderId, reason, call.caller);
    },
    'pack.labelPreview': ({ orderId }, caller) => serviceAndCaller(caller).pack.labelPreview(orderId),
    'pack.batchPrint'(_input, caller) {
      const call = serviceAndCaller(caller);
      return call.pack.batchPrint(call.caller);
    },
  };
}

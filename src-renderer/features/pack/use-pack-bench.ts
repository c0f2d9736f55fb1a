import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PackOrder, PackVerdict } from '../../../src-shared/features/pack';
import { commandBarcodes } from '../../../src-shared/features/scanning';
import { useBridge } from '../../app/bridge';
import { type BenchState, benchAfter, benchFailed, emptyBench, withNextOrder } from './pack-bench-state';
import { packQueueKey } from './use-pack-queue';

/** The bench's actions; each is decided by main, one after the other in the order they were made. */
export type PackBench = {
  readonly state: BenchState;
  scan(code: string, symbology?: string): void;
  reportException(kind: 'damaged' | 'short_pick'): void;
  reprint(reason: string): void;
};

// Changes that can alter the open order without a scan here: the hub's answers and pulls (holds,
// cancellations), and the printer moving its label along.
const orderChangedBy = new Set(['orders', 'commandResults', 'printJobs']);
// A burst of changes (a pull, a batch of labels) re-reads the order once.
const refreshPauseMs = 100;

/**
 * The pack bench: every scan goes to main with the order open at the moment it is sent, and the
 * answer is painted at once from the verdict (no re-read). Scans are decided strictly one after
 * another, so a fast scanner's second code is judged against the order the first one left.
 *
 *   idle ──scan/key──▶ deciding ──verdict──▶ painted (──shipped with a next order──▶ opening next)
 *   painted/idle ──db.changed, nothing deciding──▶ re-read the open order (dropped if a verdict came)
 */
export function usePackBench(): PackBench {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  const [state, setState] = useState<BenchState>(emptyBench);
  // The state as the next job must see it, before React has rendered the last change.
  const current = useRef(state);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const deciding = useRef(0);

  const apply = useCallback((next: BenchState) => {
    current.current = next;
    setState(next);
  }, []);

  const openNext = useCallback(
    async (orderId: string) => {
      try {
        const next = await bridge.invoke('pack.order', { orderId });
        if (next !== null) apply(withNextOrder(current.current, next));
      } catch {
        // The parcel shipped; without its next order the bench simply waits for a scan.
      }
    },
    [bridge, apply],
  );

  const decide = useCallback(
    (code: string, ask: (open: PackOrder | null) => Promise<PackVerdict> | null) => {
      deciding.current += 1;
      chain.current = chain.current.then(async () => {
        try {
          const asked = ask(current.current.order);
          if (asked === null) return;
          const verdict = await asked;
          apply(benchAfter(current.current, verdict, code));
          if (verdict.verdict === 'shipped' && verdict.nextOrderId !== null)
            await openNext(verdict.nextOrderId);
          if (verdict.verdict !== 'counted' && verdict.verdict !== 'opened') {
            void queryClient.invalidateQueries({ queryKey: packQueueKey });
          }
        } catch (error) {
          apply(benchFailed(current.current, code, error instanceof Error ? error.message : String(error)));
        } finally {
          deciding.current -= 1;
        }
      });
    },
    [apply, openNext, queryClient],
  );

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    async function refresh() {
      const seen = current.current;
      if (seen.order === null || deciding.current > 0) return;
      try {
        const fresh = await bridge.invoke('pack.order', { orderId: seen.order.orderId });
        // A verdict painted meanwhile is newer than this read.
        if (fresh !== null && current.current === seen && deciding.current === 0)
          apply({ ...seen, order: fresh });
      } catch {
        // The next change reads it again; the verdicts keep the bench right meanwhile.
      }
    }
    const stop = bridge.subscribe('db.changed', ({ collection }) => {
      if (!orderChangedBy.has(collection)) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void refresh();
      }, refreshPauseMs);
    });
    return () => {
      stop();
      if (timer !== null) clearTimeout(timer);
    };
  }, [bridge, apply]);

  return useMemo(
    () => ({
      state,
      scan(code, symbology) {
        decide(code, (open) =>
          bridge.invoke('pack.scan', {
            code,
            openOrderId: open?.orderId ?? null,
            ...(symbology === undefined ? {} : { symbology }),
          }),
        );
      },
      reportException(kind) {
        const code = kind === 'damaged' ? commandBarcodes.damaged : commandBarcodes.short;
        decide(code, (open) =>
          open === null ? null : bridge.invoke('pack.reportException', { orderId: open.orderId, kind }),
        );
      },
      reprint(reason) {
        decide(commandBarcodes.reprint, (open) =>
          open === null ? null : bridge.invoke('pack.reprint', { orderId: open.orderId, reason }),
        );
      },
    }),
    [state, decide, bridge],
  );
}

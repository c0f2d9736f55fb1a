import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../../app/bridge';
import { useScannerProfile, useScans } from '../devices';
import { cancelCode, canReportNoSuchOrder, noSuchOrderCode } from './pack-bench-state';
import { PackKeyHints } from './PackKeyHints';
import { PackOrderView } from './PackOrderView';
import { type BatchOutcome, PackWaiting } from './PackWaiting';
import { ReprintForm } from './ReprintForm';
import { usePackBench } from './use-pack-bench';
import { usePackKeys } from './use-pack-keys';
import { packQueueKey, usePackQueue } from './use-pack-queue';
import { useVerdictSound } from './use-verdict-sound';
import { VerdictBanner } from './VerdictBanner';
import './pack-screen.css';

/** A short hint about a key that could not act, shown until the next verdict. */
type Notice = { readonly text: string; readonly seq: number };

/**
 * The pack bench, driven by the scanner and a few keys. Every scan goes to main with the open
 * order and main's verdict is painted at once: a banner readable from two metres with a sound,
 * the order's lines in bin-walk order, its holds, and its label once packed.
 */
export function PackScreen() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const queryClient = useQueryClient();
  const bench = usePackBench();
  const { order, painted, countedSkuId } = bench.state;
  const seq = painted?.seq ?? 0;
  const queue = usePackQueue(order === null || order.holds.length > 0);
  const [isReprinting, setIsReprinting] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [selected, setSelected] = useState(0);
  const [batch, setBatch] = useState<BatchOutcome>(null);
  const pickLists = queue.data?.pickLists ?? [];
  const selectedIndex = Math.min(selected, Math.max(0, pickLists.length - 1));
  const canReprint = order?.status === 'packed';

  const batchPrint = useMutation({
    mutationFn: () => bridge.invoke('pack.batchPrint', {}),
    onSuccess: ({ queued }) => setBatch({ queued }),
    onError: (error) => setBatch({ error: error.message }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: packQueueKey }),
  });

  // The station's scanner timing (Admin → Devices): an 80 ms Bluetooth scanner needs its profile.
  const scannerProfile = useScannerProfile();
  useScans((scan) => bench.scan(scan.code, scan.symbology), { profile: scannerProfile });
  useVerdictSound(painted);

  const say = (text: string) => setNotice({ text, seq });
  const withOrder = (act: () => void) => (order === null ? say(t('pack.notice.openFirst')) : act());

  usePackKeys(
    {
      damaged: () => withOrder(() => bench.reportException('damaged')),
      short: () => withOrder(() => bench.reportException('short_pick')),
      noSuchOrder() {
        if (canReportNoSuchOrder(bench.state)) bench.scan(noSuchOrderCode);
        else say(t('pack.notice.scanUnknownFirst'));
      },
      reprint: () => withOrder(() => (canReprint ? setIsReprinting(true) : say(t('pack.notice.notPacked')))),
      leave() {
        if (order !== null) bench.scan(cancelCode);
      },
      batchPrint() {
        if (!batchPrint.isPending) batchPrint.mutate();
      },
      move(step) {
        if (order === null) setSelected(Math.min(pickLists.length - 1, Math.max(0, selectedIndex + step)));
      },
      openSelected() {
        const list = pickLists[selectedIndex];
        // The pick list's code goes to main like a scan of it: main opens its next order.
        if (order === null && list !== undefined) bench.scan(list.code);
      },
    },
    !isReprinting,
  );

  return (
    <div className={order === null ? 'pack-screen' : 'pack-screen pack-screen--open'}>
      <h1 className="pack-screen__title">{t('screens.pack')}</h1>
      {painted === null ? null : <VerdictBanner painted={painted} />}
      <div className={order === null ? 'pack-screen__body' : 'pack-screen__body pack-screen__body--order'}>
        {order === null ? (
          <PackWaiting
            queue={queue.data}
            selectedIndex={selectedIndex}
            batch={batch}
            isBatchPrinting={batchPrint.isPending}
            onBatchPrint={() => batchPrint.mutate()}
          />
        ) : (
          <PackOrderView
            order={order}
            countedSkuId={countedSkuId}
            holdsCheckedAt={queue.data?.holdsCheckedAt}
          />
        )}
      </div>
      {isReprinting && order !== null ? (
        <ReprintForm
          onConfirm={(reason) => {
            setIsReprinting(false);
            bench.reprint(reason);
          }}
          onCancel={() => setIsReprinting(false)}
        />
      ) : null}
      {notice !== null && notice.seq === seq ? (
        <p className="pack-screen__notice" role="status">
          {notice.text}
        </p>
      ) : null}
      <PackKeyHints
        isOrderOpen={order !== null}
        canReportNoSuchOrder={canReportNoSuchOrder(bench.state)}
        canReprint={canReprint}
      />
    </div>
  );
}

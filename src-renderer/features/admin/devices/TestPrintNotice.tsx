import { useTranslation } from 'react-i18next';
import type { PrintJobEvent } from '../../../../src-shared/features/devices';

type TestPrintNoticeProps = { readonly job: PrintJobEvent | undefined; readonly printerName: string };

/** Where the test label is: waiting, sending, printed, failed; it follows the job's events. */
export function TestPrintNotice({ job, printerName }: TestPrintNoticeProps) {
  const { t } = useTranslation();
  const status = job?.status ?? 'queued';
  return (
    <p className="devices-admin__notice" role="status" data-state={status}>
      {t(`devices.printers.test.${status}`, { name: printerName, error: job?.lastError ?? '' })}
    </p>
  );
}

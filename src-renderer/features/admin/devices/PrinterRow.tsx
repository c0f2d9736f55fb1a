import { useTranslation } from 'react-i18next';
import type { PrinterStatusView, StationPrinterSettings } from '../../../../src-shared/features/devices';
import { StatusBadge } from '../../../ui';
import { printerTone } from './printer-state';

type PrinterRowProps = {
  readonly printer: StationPrinterSettings;
  /** Its live state; undefined until the list is read. */
  readonly status: PrinterStatusView | undefined;
  readonly roles: readonly ('labels' | 'slips')[];
  readonly isBusy: boolean;
  readonly onTestPrint: () => void;
  readonly onEdit: () => void;
  readonly onRemove: () => void;
};

/** One printer: what it is, its state and queue as they change, and what an admin can do with it. */
export function PrinterRow({
  printer,
  status,
  roles,
  isBusy,
  onTestPrint,
  onEdit,
  onRemove,
}: PrinterRowProps) {
  const { t, i18n } = useTranslation();
  const progress = status?.progress;
  const waiting = (progress?.queued ?? 0) + (progress?.sending ?? 0);
  // What the printer said besides its state ("ribbon out" under "Paused"), then what the
  // transport saw; a problem this version has no words for is shown as it came.
  const problemText = (problem: string) => {
    const key = `devices.problems.${problem}`;
    // The key exists (checked first); the cast names one of the problem keys for the typed t().
    return i18n.exists(key) ? t(key as 'devices.problems.error') : problem;
  };
  const details = [
    ...(status?.problems ?? []).filter((problem) => problem !== status?.state).map(problemText),
    ...(status?.message ? [status.message] : []),
  ];
  return (
    <tr data-testid={`printer-${printer.id}`}>
      <td>
        <span className="devices-admin__name">{printer.name}</span>
        {roles.map((role) => (
          <span key={role} className="devices-admin__role">
            {t(`devices.printers.${role}`)}
          </span>
        ))}
      </td>
      <td>{t(`devices.languages.${printer.language}`)}</td>
      <td className="devices-admin__address">{status?.address ?? ''}</td>
      <td>
        {status === undefined ? null : (
          <>
            <StatusBadge tone={printerTone(status.state)} state={status.state}>
              {t(`devices.states.${status.state}`)}
            </StatusBadge>
            {details.length > 0 ? <span className="devices-admin__detail">{details.join(' · ')}</span> : null}
          </>
        )}
      </td>
      <td>
        {progress === undefined || progress.total === 0
          ? t('devices.printers.nothingWaiting')
          : waiting > 0
            ? `${t('devices.printers.waiting', { count: waiting })} · ${t('devices.printers.progress', {
                done: progress.done,
                total: progress.total,
              })}`
            : t('devices.printers.progress', { done: progress.done, total: progress.total })}
      </td>
      <td>
        <div className="devices-admin__actions">
          <button type="button" className="button" onClick={onTestPrint} disabled={isBusy}>
            {t('devices.printers.testPrint')}
          </button>
          <button type="button" className="button" onClick={onEdit}>
            {t('devices.printers.edit')}
          </button>
          <button type="button" className="button button--danger-outline" onClick={onRemove}>
            {t('devices.printers.remove')}
          </button>
        </div>
      </td>
    </tr>
  );
}

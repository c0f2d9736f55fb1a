import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceSettings, StationPrinterSettings } from '../../../../src-shared/features/devices';
import { Card } from '../../../ui';
import { DeviceError } from './DeviceError';
import { PrinterRow } from './PrinterRow';
import { RemovePrinterConfirm } from './RemovePrinterConfirm';
import { TestPrintNotice } from './TestPrintNotice';
import { useSettingsChange, useTestPrint } from './use-device-admin';
import { usePrinters, useTestPrintJobs } from './use-printers';

type PrinterTableProps = {
  readonly settings: DeviceSettings;
  readonly onAdd: () => void;
  readonly onEdit: (printer: StationPrinterSettings) => void;
};

/** A removal asked for: first a confirmation, then, if jobs wait, whether to cancel them. */
type Removal = { readonly printer: StationPrinterSettings; readonly isCancellingWaitingJobs: boolean };

/** The station's printers, live, with test print, edit and remove. */
export function PrinterTable({ settings, onAdd, onEdit }: PrinterTableProps) {
  const { t } = useTranslation();
  const printers = usePrinters();
  const testPrint = useTestPrint();
  const testJobs = useTestPrintJobs();
  const remove = useSettingsChange('devices.removePrinter');
  const [removal, setRemoval] = useState<Removal | null>(null);
  const [tested, setTested] = useState<{ jobId: string; name: string } | null>(null);
  const statuses = new Map((printers.data ?? []).map((status) => [status.printerId, status]));

  function rolesOf(printerId: string) {
    return [
      ...(settings.labelPrinterId === printerId ? (['labels'] as const) : []),
      ...(settings.slipPrinterId === printerId ? (['slips'] as const) : []),
    ];
  }

  function confirmRemoval(current: Removal) {
    remove.mutate(
      { printerId: current.printer.id, isCancellingWaitingJobs: current.isCancellingWaitingJobs },
      {
        onSuccess: () => setRemoval(null),
        // Jobs wait for it: the next confirmation cancels them too.
        onError: (error) => {
          if (error.code === 'conflict') setRemoval({ ...current, isCancellingWaitingJobs: true });
        },
      },
    );
  }

  return (
    <Card title={t('devices.printers.title')}>
      {settings.printers.length === 0 ? <p>{t('devices.printers.empty')}</p> : null}
      {settings.printers.length > 0 ? (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('devices.printers.name')}</th>
              <th scope="col">{t('devices.printers.language')}</th>
              <th scope="col">{t('devices.printers.address')}</th>
              <th scope="col">{t('devices.printers.state')}</th>
              <th scope="col">{t('devices.printers.queue')}</th>
              <th scope="col">{t('devices.printers.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {settings.printers.map((printer) => (
              <PrinterRow
                key={printer.id}
                printer={printer}
                status={statuses.get(printer.id)}
                roles={rolesOf(printer.id)}
                isBusy={testPrint.isPending}
                onTestPrint={() =>
                  testPrint.mutate(printer.id, {
                    onSuccess: ({ jobId }) => setTested({ jobId, name: printer.name }),
                  })
                }
                onEdit={() => onEdit(printer)}
                onRemove={() => {
                  remove.reset();
                  setRemoval({ printer, isCancellingWaitingJobs: false });
                }}
              />
            ))}
          </tbody>
        </table>
      ) : null}
      {removal === null ? null : (
        <RemovePrinterConfirm
          printerName={removal.printer.name}
          isCancellingWaitingJobs={removal.isCancellingWaitingJobs}
          isPending={remove.isPending}
          error={remove.error}
          onConfirm={() => confirmRemoval(removal)}
          onKeep={() => setRemoval(null)}
        />
      )}
      {tested === null ? null : (
        <TestPrintNotice job={testJobs.get(tested.jobId)} printerName={tested.name} />
      )}
      <DeviceError error={testPrint.error} />
      <div className="admin-buttons">
        <button type="button" className="button button--primary" onClick={onAdd}>
          {t('devices.printers.add')}
        </button>
      </div>
    </Card>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiscoveredPrinter, StationPrinterSettings } from '../../../../src-shared/features/devices';
import { useDeviceSettings } from '../../devices';
import { DiscoverPrinters } from './DiscoverPrinters';
import { PrinterAssignment } from './PrinterAssignment';
import { PrinterForm } from './PrinterForm';
import { PrinterTable } from './PrinterTable';
import { draftOf, draftOfDiscovered, type PrinterDraft } from './printer-draft';
import { ScannerTimingForm } from './ScannerTimingForm';
import './devices-admin.css';

/** The printer form, open: what it starts from, and the name of the printer it changes. */
type OpenForm = { readonly draft: PrinterDraft; readonly editing: string | null; readonly seq: number };

/**
 * The admin's device settings of this station: its printers with their live state (add, edit,
 * remove, test print), finding printers, which printer takes labels and slips, and the scanner
 * timing the pack screen uses.
 */
export function DevicesSection() {
  const { t } = useTranslation();
  const settings = useDeviceSettings();
  const [form, setForm] = useState<OpenForm | null>(null);

  const open = (draft: PrinterDraft, editing: string | null) =>
    setForm((current) => ({ draft, editing, seq: (current?.seq ?? 0) + 1 }));

  if (settings.isPending) return <p>{t('devices.loading')}</p>;
  if (settings.isError) return <p role="alert">{t('app.loadFailed', { message: settings.error.message })}</p>;
  const view = settings.data;
  // The assignment form starts from the saved values; a printer added or removed (which may clear
  // an assignment) starts it again.
  const printerIds = view.settings.printers.map((printer) => printer.id).join(' ');

  return (
    <section className="devices-admin" aria-labelledby="devices-admin-title">
      <h2 id="devices-admin-title" className="devices-admin__title">
        {t('devices.title')}
      </h2>
      {view.origin === 'damaged-file' ? (
        <p className="devices-admin__banner" role="alert">
          {t('devices.origin.damaged')}
        </p>
      ) : null}
      {view.origin === 'config' ? <p className="devices-admin__hint">{t('devices.origin.config')}</p> : null}
      <PrinterTable
        settings={view.settings}
        onAdd={() => open(draftOf(), null)}
        onEdit={(printer: StationPrinterSettings) => open(draftOf(printer), printer.name)}
      />
      {form === null ? null : (
        <PrinterForm
          key={form.seq}
          draft={form.draft}
          editing={form.editing}
          onDone={() => setForm(null)}
          onCancel={() => setForm(null)}
        />
      )}
      <DiscoverPrinters onUse={(found: DiscoveredPrinter) => open(draftOfDiscovered(found), null)} />
      <div className="devices-admin__columns">
        <PrinterAssignment key={printerIds} settings={view.settings} />
        <ScannerTimingForm view={view} />
      </div>
    </section>
  );
}

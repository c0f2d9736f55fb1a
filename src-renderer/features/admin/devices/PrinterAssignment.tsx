import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceSettings } from '../../../../src-shared/features/devices';
import { Card, SelectField } from '../../../ui';
import { DeviceError } from './DeviceError';
import { useSettingsChange } from './use-device-admin';

type PrinterAssignmentProps = { readonly settings: DeviceSettings };

/** The empty option of a printer choice: "no printer". */
const none = '';

/** Which printer takes shipping labels and which packing slips, and whether USB scanners are read directly. */
export function PrinterAssignment({ settings }: PrinterAssignmentProps) {
  const { t } = useTranslation();
  const assign = useSettingsChange('devices.assign');
  const [labelPrinterId, setLabelPrinterId] = useState(settings.labelPrinterId ?? none);
  const [slipPrinterId, setSlipPrinterId] = useState(settings.slipPrinterId ?? none);
  const [isUsbEnabled, setIsUsbEnabled] = useState(settings.scanner.isUsbEnabled);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (assign.isPending) return;
    assign.mutate({
      labelPrinterId: labelPrinterId === none ? null : labelPrinterId,
      slipPrinterId: slipPrinterId === none ? null : slipPrinterId,
      isUsbScannerEnabled: isUsbEnabled,
    });
  }

  const options = [
    <option key={none} value={none}>
      {t('devices.assign.none')}
    </option>,
    ...settings.printers.map((printer) => (
      <option key={printer.id} value={printer.id}>
        {printer.name}
      </option>
    )),
  ];
  return (
    <Card title={t('devices.assign.title')}>
      <form className="devices-admin__form" onSubmit={submit} aria-label={t('devices.assign.title')}>
        <SelectField
          label={t('devices.assign.labelPrinter')}
          value={labelPrinterId}
          onChange={(event) => setLabelPrinterId(event.target.value)}
        >
          {options}
        </SelectField>
        <SelectField
          label={t('devices.assign.slipPrinter')}
          value={slipPrinterId}
          onChange={(event) => setSlipPrinterId(event.target.value)}
        >
          {options}
        </SelectField>
        <label className="devices-admin__check">
          <input
            type="checkbox"
            checked={isUsbEnabled}
            onChange={(event) => setIsUsbEnabled(event.target.checked)}
          />
          <span>
            {t('devices.assign.usbScanners')}
            <span className="devices-admin__rule">{t('devices.assign.usbHint')}</span>
          </span>
        </label>
        <DeviceError error={assign.error} />
        <div className="admin-buttons">
          <button type="submit" className="button button--primary" disabled={assign.isPending}>
            {t('devices.assign.save')}
          </button>
          {assign.isSuccess ? (
            <span className="devices-admin__notice" role="status">
              {t('devices.saved')}
            </span>
          ) : null}
        </div>
      </form>
    </Card>
  );
}

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeError } from '../../../app/bridge';
import { DeviceError } from './DeviceError';

type RemovePrinterConfirmProps = {
  readonly printerName: string;
  /** Jobs wait for the printer: confirming cancels them too. */
  readonly isCancellingWaitingJobs: boolean;
  readonly isPending: boolean;
  readonly error: BridgeError | null;
  readonly onConfirm: () => void;
  readonly onKeep: () => void;
};

/** "Remove this printer?" It takes the focus when it opens: Enter confirms, Tab reaches "Keep". */
export function RemovePrinterConfirm(props: RemovePrinterConfirmProps) {
  const { t } = useTranslation();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), [props.isCancellingWaitingJobs]);
  return (
    <div className="devices-admin__confirm" role="group" aria-label={t('devices.printers.remove')}>
      <p>{t('devices.printers.removeConfirm', { name: props.printerName })}</p>
      <DeviceError error={props.error} />
      <div className="devices-admin__buttons">
        <button
          ref={confirm}
          type="button"
          className="button button--danger"
          disabled={props.isPending}
          onClick={props.onConfirm}
        >
          {props.isCancellingWaitingJobs
            ? t('devices.printers.removeAndCancel')
            : t('devices.printers.remove')}
        </button>
        <button type="button" className="button" onClick={props.onKeep}>
          {t('devices.printers.keep')}
        </button>
      </div>
    </div>
  );
}

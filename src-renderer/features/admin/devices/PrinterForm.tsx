import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type PrinterConnection,
  type PrinterLanguage,
  printerLanguages,
} from '../../../../src-shared/features/devices';
import { SelectField, TextField } from '../../../ui';
import { DeviceError } from './DeviceError';
import { type DraftField, type PrinterDraft, printerInputOf } from './printer-draft';
import { useSettingsChange } from './use-device-admin';

type PrinterFormProps = {
  readonly draft: PrinterDraft;
  /** The printer's name before this edit, for the title; null when adding. */
  readonly editing: string | null;
  readonly onDone: () => void;
  readonly onCancel: () => void;
};

const connectionKinds: readonly PrinterConnection['kind'][] = ['tcp', 'usb', 'spooler', 'file'];

/** Adds or changes a printer. Enter saves, Esc cancels; the first wrong field gets the focus. */
export function PrinterForm({ draft: initial, editing, onDone, onCancel }: PrinterFormProps) {
  const { t } = useTranslation();
  const save = useSettingsChange('devices.savePrinter');
  const [draft, setDraft] = useState(initial);
  const [invalid, setInvalid] = useState<DraftField | null>(null);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, []);
  useEffect(() => {
    if (invalid !== null) form.current?.querySelector<HTMLElement>(`[data-field="${invalid}"]`)?.focus();
  }, [invalid]);

  const set = (change: Partial<PrinterDraft>) => setDraft((current) => ({ ...current, ...change }));
  const field = (name: DraftField, label: string, inputMode?: 'numeric') => (
    <TextField
      label={label}
      data-field={name}
      value={draft[name]}
      inputMode={inputMode}
      aria-invalid={invalid === name}
      onChange={(event) => set({ [name]: event.target.value })}
    />
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const checked = printerInputOf(draft);
    if (!checked.ok) {
      setInvalid(checked.field);
      return;
    }
    setInvalid(null);
    save.mutate(checked.input, { onSuccess: onDone });
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onCancel();
  }

  const title =
    editing === null ? t('devices.form.addTitle') : t('devices.form.editTitle', { name: editing });
  return (
    <form
      ref={form}
      className="devices-admin__form"
      aria-label={title}
      onSubmit={submit}
      onKeyDown={onKeyDown}
    >
      <h3 className="devices-admin__form-title">{title}</h3>
      <div className="devices-admin__fields">
        {field('name', t('devices.form.name'))}
        <SelectField
          label={t('devices.form.language')}
          value={draft.language}
          // The options are exactly the printer languages.
          onChange={(event) => set({ language: event.target.value as PrinterLanguage })}
        >
          {printerLanguages.map((language) => (
            <option key={language} value={language}>
              {t(`devices.languages.${language}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('devices.form.connection')}
          value={draft.kind}
          // The options are exactly the connection kinds.
          onChange={(event) => set({ kind: event.target.value as PrinterConnection['kind'] })}
        >
          {connectionKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`devices.form.kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        {draft.kind === 'tcp' ? (
          <>
            {field('host', t('devices.form.host'))}
            {field('port', t('devices.form.port'), 'numeric')}
          </>
        ) : null}
        {draft.kind === 'usb' ? (
          <>
            {field('vendorId', t('devices.form.vendorId'))}
            {field('productId', t('devices.form.productId'))}
            {field('serialNumber', t('devices.form.serialNumber'))}
          </>
        ) : null}
        {draft.kind === 'spooler' ? field('destination', t('devices.form.destination')) : null}
        {draft.kind === 'file' ? field('path', t('devices.form.path')) : null}
      </div>
      {invalid === null ? null : (
        <p className="admin-error" role="alert">
          {t(`devices.form.invalid.${invalid}`)}
        </p>
      )}
      <DeviceError error={save.error} />
      <div className="admin-buttons">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {t('devices.form.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('devices.form.cancel')}
        </button>
        <span className="devices-admin__hint">{t('devices.form.keys')}</span>
      </div>
    </form>
  );
}

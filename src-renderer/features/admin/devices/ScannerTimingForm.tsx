import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  builtInScannerProfileIds,
  type DeviceSettingsView,
  wedgeTerminators,
} from '../../../../src-shared/features/devices';
import { Card, TextField } from '../../../ui';
import { DeviceError } from './DeviceError';
import {
  type TimingChoice,
  type TimingDraft,
  type TimingField,
  timingDraftOf,
  timingOf,
} from './scanner-timing-draft';
import { useSettingsChange } from './use-device-admin';

type ScannerTimingFormProps = { readonly view: DeviceSettingsView };

/** A rule of the custom timing: its field, and one line on what it decides. */
function Rule({ text }: { readonly text: string }) {
  return <span className="devices-admin__rule">{text}</span>;
}

/**
 * How this station's keyboard-wedge detector tells scans from typing: a built-in profile or
 * custom values, each rule explained in one line. The pack screen uses what is saved here.
 */
export function ScannerTimingForm({ view }: ScannerTimingFormProps) {
  const { t } = useTranslation();
  const assign = useSettingsChange('devices.assign');
  const start = timingDraftOf(view.settings.scanner.timing);
  const [choice, setChoice] = useState<TimingChoice>(start.choice);
  const [draft, setDraft] = useState<TimingDraft>(start.draft);
  const [invalid, setInvalid] = useState<{ field: TimingField; message: string } | null>(null);
  const set = (change: Partial<TimingDraft>) => setDraft((current) => ({ ...current, ...change }));
  const isCustom = choice === 'custom';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (assign.isPending) return;
    const checked = timingOf(choice, draft);
    if (!checked.ok) {
      setInvalid({ field: checked.field, message: checked.message });
      return;
    }
    setInvalid(null);
    assign.mutate({ scannerTiming: checked.timing });
  }

  const numberField = (name: 'maxGapMs' | 'maxMeanGapMs' | 'minLength') => (
    <div className="devices-admin__rule-field">
      <TextField
        label={t(`devices.scanner.${name}`)}
        inputMode="numeric"
        value={draft[name]}
        aria-invalid={invalid?.field === name}
        onChange={(event) => set({ [name]: event.target.value })}
      />
      <Rule text={t(`devices.scanner.${name}Rule`)} />
    </div>
  );
  const timing = view.settings.scanner.timing;
  const profileName =
    timing.kind === 'built-in'
      ? t(`devices.scanner.builtIn.${timing.profileId}`)
      : t('devices.scanner.custom');

  return (
    <Card title={t('devices.scanner.title')}>
      <p>{t('devices.scanner.intro')}</p>
      <p className="devices-admin__hint" data-testid="scanner-in-use">
        {t('devices.scanner.inUse', { name: profileName })}
      </p>
      <form className="devices-admin__form" onSubmit={submit} aria-label={t('devices.scanner.title')}>
        <fieldset className="devices-admin__choices">
          <legend className="visually-hidden">{t('devices.scanner.title')}</legend>
          {[...builtInScannerProfileIds, 'custom' as const].map((id) => (
            <label key={id} className="devices-admin__check">
              <input
                type="radio"
                name="scanner-timing"
                checked={choice === id}
                onChange={() => setChoice(id)}
              />
              <span>
                {id === 'custom' ? t('devices.scanner.custom') : t(`devices.scanner.builtIn.${id}`)}
              </span>
            </label>
          ))}
        </fieldset>
        {isCustom ? (
          <div className="devices-admin__fields">
            {numberField('maxGapMs')}
            {numberField('maxMeanGapMs')}
            {numberField('minLength')}
            <fieldset className="devices-admin__rule-field" aria-invalid={invalid?.field === 'terminators'}>
              <legend>{t('devices.scanner.terminators')}</legend>
              {wedgeTerminators.map((terminator) => (
                <label key={terminator} className="devices-admin__check">
                  <input
                    type="checkbox"
                    checked={draft.terminators.includes(terminator)}
                    onChange={(event) =>
                      set({
                        terminators: event.target.checked
                          ? [...draft.terminators, terminator]
                          : draft.terminators.filter((other) => other !== terminator),
                      })
                    }
                  />
                  <span>{t(`devices.scanner.terminator.${terminator}`)}</span>
                </label>
              ))}
              <Rule text={t('devices.scanner.terminatorsRule')} />
            </fieldset>
            <div className="devices-admin__rule-field">
              <TextField
                label={t('devices.scanner.gsSubstitute')}
                value={draft.gsSubstitute}
                aria-invalid={invalid?.field === 'gsSubstitute'}
                onChange={(event) => set({ gsSubstitute: event.target.value })}
              />
              <Rule text={t('devices.scanner.gsSubstituteRule')} />
            </div>
            <label className="devices-admin__check">
              <input
                type="checkbox"
                checked={draft.hasAimPrefix}
                onChange={(event) => set({ hasAimPrefix: event.target.checked })}
              />
              <span>
                {t('devices.scanner.hasAimPrefix')}
                <Rule text={t('devices.scanner.hasAimPrefixRule')} />
              </span>
            </label>
          </div>
        ) : null}
        {invalid === null ? null : (
          <p className="admin-error" role="alert">
            {t('devices.scanner.invalid', {
              field: t(`devices.scanner.${invalid.field}`),
              message: invalid.message,
            })}
          </p>
        )}
        <DeviceError error={assign.error} />
        <div className="admin-buttons">
          <button type="submit" className="button button--primary" disabled={assign.isPending}>
            {t('devices.scanner.save')}
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

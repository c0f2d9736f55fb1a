import { useTranslation } from 'react-i18next';
import { useLock } from './use-lock';

/**
 * "Switch user" in the top bar: locks the bench at once. The lock screen then takes the next
 * person's badge (or the same person's PIN), so a shared bench changes hands in one scan.
 */
export function SwitchUserButton() {
  const { t } = useTranslation();
  const lock = useLock();
  return (
    <>
      <button type="button" className="button" disabled={lock.isPending} onClick={() => lock.mutate()}>
        {t('bench.switchUser')}
      </button>
      {lock.isError ? (
        <p className="top-bar__error" role="alert">
          {t('bench.switchFailed', { message: lock.error.message })}
        </p>
      ) : null}
    </>
  );
}

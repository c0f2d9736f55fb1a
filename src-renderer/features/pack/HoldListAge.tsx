import { useTranslation } from 'react-i18next';
import { useNow } from '../../app/use-now';
import { formatShortDateTime } from '../../ui';

type HoldListAgeProps = {
  /** When the station last pulled every hold; null: never; undefined: not read yet. */
  holdsCheckedAt: string | null | undefined;
};

/** A hold list older than this may miss holds the back office placed since. */
export const holdListStaleMs = 10 * 60_000;

/**
 * How fresh the station's hold list is: offline, an order held at the desk a minute ago still
 * looks packable here, so the packer sees the list's age, in warning colour once it is stale.
 */
export function HoldListAge({ holdsCheckedAt }: HoldListAgeProps) {
  const { t, i18n } = useTranslation();
  const now = useNow(30_000);
  if (holdsCheckedAt === undefined) return null;
  const isStale = holdsCheckedAt === null || now - Date.parse(holdsCheckedAt) > holdListStaleMs;
  return (
    <p
      className={isStale ? 'pack-hold-age pack-hold-age--stale' : 'pack-hold-age'}
      data-testid="pack-hold-age"
    >
      {holdsCheckedAt === null
        ? t('pack.holdList.never')
        : t('pack.holdList.checked', { time: formatShortDateTime(holdsCheckedAt, i18n.language) })}
      {holdsCheckedAt !== null && isStale ? <span> · {t('pack.holdList.stale')}</span> : null}
    </p>
  );
}

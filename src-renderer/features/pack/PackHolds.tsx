import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { exceptionKinds, type Hold } from '../../../src-shared/domain';
import { formatShortDateTime } from '../../ui';
import { useSession } from '../auth';
import { HoldListAge } from './HoldListAge';

type PackHoldsProps = { holds: readonly Hold[]; holdsCheckedAt: string | null | undefined };

/** Why the order must not be packed: every hold with its reason and note, and how fresh that list is. */
export function PackHolds({ holds, holdsCheckedAt }: PackHoldsProps) {
  const { t, i18n } = useTranslation();
  const userId = useSession().data?.user.id;
  return (
    <section className="pack-holds" aria-label={t('pack.holds.title')} data-testid="pack-holds">
      <h3 className="pack-holds__title">{t('pack.holds.title')}</h3>
      <ul className="pack-holds__list">
        {holds.map((hold) => (
          <li key={hold.id} className="pack-holds__hold">
            <span className="pack-holds__reason">{t(`orders.holdReasons.${hold.reason}`)}</span>
            {hold.note === '' ? null : <span className="pack-holds__note">{noteText(hold, t)}</span>}
            <span className="pack-holds__meta">
              {t('pack.holds.byAt', {
                by: hold.by === userId ? t('orders.detail.you') : hold.by,
                at: formatShortDateTime(hold.at, i18n.language),
              })}
            </span>
          </li>
        ))}
      </ul>
      <HoldListAge holdsCheckedAt={holdsCheckedAt} />
    </section>
  );
}

/** A bench exception's hold names its kind (`damaged`) in the note: that part is said in the UI language. */
function noteText(hold: Hold, t: TFunction): string {
  const kind = exceptionKinds.find((candidate) => candidate === hold.note);
  return hold.reason === 'exception' && kind !== undefined ? t(`orders.exceptionKinds.${kind}`) : hold.note;
}

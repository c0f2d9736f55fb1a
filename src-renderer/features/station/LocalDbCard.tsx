import { useTranslation } from 'react-i18next';
import { unreachable } from '../../../src-shared/errors';
import type { LocalDbStatus } from '../../../src-shared/features/station';
import { Card, Fact, FactList, StatusBadge, type Tone } from '../../ui';
import { formatBytes, formatDateTime } from './station-format';

type LocalDbCardProps = { db: LocalDbStatus };

function dbTone(state: LocalDbStatus['state']): Tone {
  switch (state) {
    case 'ok':
      return 'good';
    case 'recovered':
      return 'warn';
    case 'error':
      return 'bad';
  }
  return unreachable(state);
}

/** The station's own database file: where it is, how big, whether it checked out at start. */
export function LocalDbCard({ db }: LocalDbCardProps) {
  const { t, i18n } = useTranslation();
  return (
    <Card title={t('station.db.title')}>
      <FactList>
        <Fact label={t('station.db.state')}>
          <StatusBadge tone={dbTone(db.state)} testId="db-state" state={db.state}>
            {t(`station.db.states.${db.state}`)}
          </StatusBadge>
        </Fact>
        <Fact label={t('station.db.path')} isCode>
          {db.path}
        </Fact>
        <Fact label={t('station.db.size')}>{formatBytes(db.sizeBytes, i18n.language)}</Fact>
        <Fact label={t('station.db.integrity')} tone={db.integrity === 'ok' ? 'neutral' : 'bad'}>
          {db.integrity}
        </Fact>
        <Fact label={t('station.db.sqlite')}>{db.sqliteVersion}</Fact>
        <Fact label={t('station.db.openedAt')}>{formatDateTime(db.openedAt, i18n.language)}</Fact>
      </FactList>
    </Card>
  );
}

import { useTranslation } from 'react-i18next';
import type { User } from '../../../src-shared/features/auth';
import { Card, Fact, FactList } from '../../ui';

type UserCardProps = { user: User };

/** Who is signed in at this station. */
export function UserCard({ user }: UserCardProps) {
  const { t } = useTranslation();
  return (
    <Card title={t('station.user.title')}>
      <FactList>
        <Fact label={t('station.user.name')}>{user.displayName}</Fact>
        <Fact label={t('station.user.username')}>{user.username}</Fact>
        <Fact label={t('station.user.role')}>{t(`roles.${user.role}`)}</Fact>
        <Fact label={t('station.user.warehouse')}>{user.warehouseId ?? t('station.user.noWarehouse')}</Fact>
      </FactList>
    </Card>
  );
}

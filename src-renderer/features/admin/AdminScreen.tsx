import { useTranslation } from 'react-i18next';
import { DevicesSection } from './devices/DevicesSection';
import './admin-screen.css';

/** The admin's screen: this station's devices for now; users and rules follow in later steps. */
export function AdminScreen() {
  const { t } = useTranslation();
  return (
    <div className="admin-screen">
      <h1 className="screen-title">{t('screens.admin')}</h1>
      <DevicesSection />
    </div>
  );
}

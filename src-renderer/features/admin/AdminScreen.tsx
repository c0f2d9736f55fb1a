import { useTranslation } from 'react-i18next';
import { DevicesSection } from './devices/DevicesSection';
import { StationsSection } from './stations';
import './admin-screen.css';

/** The admin's screen: this station's devices and the hub's stations; users and rules follow later. */
export function AdminScreen() {
  const { t } = useTranslation();
  return (
    <div className="admin-screen">
      <h1 className="screen-title">{t('screens.admin')}</h1>
      <DevicesSection />
      <StationsSection />
    </div>
  );
}

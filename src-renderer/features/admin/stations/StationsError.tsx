import { useTranslation } from 'react-i18next';
import type { BridgeError } from '../../../app/bridge';

/** Why the directory could not be read or a station not revoked, in words the person can act on. */
export function StationsError({ error }: { readonly error: BridgeError | null }) {
  const { t } = useTranslation();
  if (error === null) return null;
  let text: string;
  if (error.code === 'unauthorized') text = t('stations.errors.needsPassword');
  else if (error.code === 'forbidden') text = t('stations.errors.forbidden');
  else if (error.code === 'not_found') text = t('stations.errors.notFound');
  else if (error.code === 'unavailable' || error.isStationUnreachable)
    text = t('stations.errors.unreachable');
  else text = t('stations.errors.failed', { message: error.message });
  return (
    <p className="admin-error stations-admin__error" role="alert">
      {text}
    </p>
  );
}

import { screensFor, type Session } from '../../src-shared/features/auth';
import { LockScreen, SignInScreen, useIdleLock, useSession } from '../features/auth';
import { BootScreen } from './BootScreen';
import { navigateTo } from './routing';
import { AppShell } from './shell';
import { useDbChanged } from './use-db-changed';
import { useDocumentLanguage } from './use-document-language';
import { useRefreshOnReconnect } from './use-refresh-on-reconnect';

function openFirstScreen(session: Session): void {
  const first = screensFor(session.user.role)[0];
  if (first) navigateTo(first);
}

/** Sign-in until someone is signed in, then the app shell of their role; a locked bench shows only its lock. */
export function StationApp() {
  const session = useSession();
  useDocumentLanguage();
  useRefreshOnReconnect();
  useDbChanged();
  useIdleLock(session.data ?? null);

  if (session.isPending) return <BootScreen />;
  if (session.isError) return <BootScreen error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) return <SignInScreen onSignedIn={openFirstScreen} />;
  if (session.data.isLocked === true) return <LockScreen session={session.data} />;
  return <AppShell session={session.data} />;
}

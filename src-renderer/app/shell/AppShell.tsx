import { useCallback, useEffect, useState } from 'react';
import { type Session, screensFor } from '../../../src-shared/features/auth';
import { AttentionDrawer } from '../../features/sync';
import { hashOf, useHashScreen, useScreenKeys } from '../routing';
import { ScreenView } from './ScreenView';
import { SideNav } from './SideNav';
import { StationLinkBanner } from './StationLinkBanner';
import { TopBar } from './TopBar';
import './app-shell.css';

type AppShellProps = { session: Session };

/** The signed-in frame: top bar, the role's navigation, the current screen, and the "needs attention" drawer. */
export function AppShell({ session }: AppShellProps) {
  const available = screensFor(session.user.role);
  const [requested, open] = useHashScreen();
  // A screen the role may not open (an old bookmark, another person's last screen) falls back to
  // the role's first one.
  const screen = requested && available.includes(requested) ? requested : (available[0] ?? 'station');
  useScreenKeys(available, open);
  const [isAttentionOpen, setIsAttentionOpen] = useState(false);
  const openAttention = useCallback(() => setIsAttentionOpen(true), []);
  const closeAttention = useCallback(() => setIsAttentionOpen(false), []);

  useEffect(() => {
    if (requested !== screen) window.history.replaceState(window.history.state, '', hashOf(screen));
  }, [requested, screen]);

  return (
    <div className="app-shell">
      <TopBar session={session} onOpenAttention={openAttention} />
      <div className="app-shell__body">
        <SideNav available={available} current={screen} />
        <main className="app-shell__main">
          <StationLinkBanner />
          <ScreenView screen={screen} session={session} onOpenAttention={openAttention} />
        </main>
        {isAttentionOpen ? <AttentionDrawer session={session} onClose={closeAttention} /> : null}
      </div>
    </div>
  );
}

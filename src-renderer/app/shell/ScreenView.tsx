import type { Screen, Session } from '../../../src-shared/features/auth';
import { unreachable } from '../../../src-shared/errors';
import { AdminScreen } from '../../features/admin';
import { ApprovalsScreen } from '../../features/approvals';
import { OrdersScreen } from '../../features/orders';
import { PackScreen } from '../../features/pack';
import { StationScreen } from '../../features/station';

type ScreenViewProps = {
  screen: Screen;
  session: Session;
  /** Opens the "needs attention" drawer (the Station screen offers it too). */
  onOpenAttention: () => void;
};

/** The feature screen behind a navigation entry. */
export function ScreenView({ screen, session, onOpenAttention }: ScreenViewProps) {
  switch (screen) {
    case 'pack':
      return <PackScreen />;
    case 'orders':
      return <OrdersScreen session={session} />;
    case 'approvals':
      return <ApprovalsScreen />;
    case 'admin':
      return <AdminScreen />;
    case 'station':
      return <StationScreen session={session} onOpenAttention={onOpenAttention} />;
  }
  return unreachable(screen);
}

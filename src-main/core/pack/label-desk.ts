import type { Actor, Order } from '../../../src-shared/domain';
import type { PackOrder } from '../../../src-shared/features/pack';

/** Where an order's latest shipping-label job is, as the pack screen shows it. */
export type LabelJobState = {
  readonly state: Exclude<PackOrder['labelState'], 'none'>;
  /** Why it is stuck (paper out, printer unreachable…); null when it is not. */
  readonly problem: string | null;
};

/** What the pack bench asks of printing: queue a shipping label, and tell where labels are. */
export type LabelDesk = {
  /**
   * Queues the shipping label of a packed order on this station's label printer. When the
   * printer has it, the desk records `label.printed` for the order as `actor`. A reprint names
   * its reason for the print ledger.
   */
  queueShippingLabel(order: Order, actor: Actor, reprintReason?: string): Promise<void>;
  /** The order's shipping label drawn as SVG, as it would print now. */
  previewShippingLabel(order: Order): Promise<string>;
  /** The latest label job of each order that has one. */
  labelStates(orderIds: readonly string[]): Promise<Map<string, LabelJobState>>;
};

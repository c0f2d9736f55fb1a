import { z } from 'zod';
import { channel } from '../../bridge/contract';
import { commandTypes, rejectionCodes } from '../../domain';

/**
 * The station's replication loop, as the UI shows it:
 *
 *   offline ──hub answers──▶ connecting ──registered──▶ syncing ⇄ idle
 *      ▲                                                   │
 *      └──────── hub lost (backoff) ◀──── error ◀──────────┘
 *
 * `error` is a failure that retrying alone will not fix soon (the hub refused the station's
 * credentials, a document it cannot store); `offline` is the ordinary state without a hub.
 */
export const syncStates = ['offline', 'connecting', 'syncing', 'idle', 'error'] as const;

/** The replication loop's state with what a person needs to judge it. */
export const syncStateSchema = z.object({
  state: z.enum(syncStates),
  /** Commands made here that the hub has not answered yet. */
  pendingCommands: z.number().int().nonnegative(),
  /** Station time of the oldest unanswered command; null when none. */
  oldestPendingAt: z.iso.datetime().nullable(),
  /** Last time every collection was pulled up to date; the pack bench shows it as "hold list as of". */
  lastSyncedAt: z.iso.datetime().nullable(),
  /** Plain-language reason of the last failure. */
  lastError: z.string().nullable(),
  /** Rejected commands nobody has looked at yet. */
  needsAttention: z.number().int().nonnegative(),
});

/** The replication loop's state. */
export type SyncState = z.infer<typeof syncStateSchema>;

/** A command the hub refused, with its reason, until a person dismisses it. */
export const attentionItemSchema = z.object({
  commandId: z.string(),
  type: z.enum(commandTypes),
  orderId: z.string().nullable(),
  /** The order's platform number, for people (`TB 3829…`); null when unknown here. */
  orderLabel: z.string().nullable(),
  code: z.enum(rejectionCodes),
  message: z.string(),
  /** Who acted and when (station time). */
  actorId: z.string(),
  issuedAt: z.iso.datetime(),
  /** Hub time of the rejection. */
  rejectedAt: z.iso.datetime(),
});

/** A rejected command in the "needs attention" list. */
export type AttentionItem = z.infer<typeof attentionItemSchema>;

/** Bridge channels of the sync feature. */
export const syncChannels = {
  'sync.state': channel(z.object({}), syncStateSchema),
  /** Asks the loop to push and pull now (the "sync now" button; also after the hub came back). */
  'sync.now': channel(z.object({}), z.object({})),
  'attention.list': channel(z.object({}), z.array(attentionItemSchema)),
  'attention.dismiss': channel(z.object({ commandId: z.string().min(1).max(26) }), z.object({})),
};

/** Events of the sync feature. */
export const syncEvents = {
  'sync.state': syncStateSchema,
};

import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { pinLockout } from '../../../src-shared/features/auth';
import type { Clock } from '../clock';
import type { Logger } from '../logging';

/** The lockout's file in the station's data folder. */
export const pinLockoutFileName = 'pin-lockouts.json';

/** What the lockout says about one more wrong PIN. */
export type WrongPinOutcome = {
  /** Wrong PINs the badge may still take; 0 once it is locked out. */
  readonly attemptsLeft: number;
  /** Set when this wrong PIN locked the badge out: until when (ms since the epoch). */
  readonly lockedUntil: number | null;
};

/**
 * Counts wrong PINs per badge and locks a badge out for a while after too many in a row
 * (`pinLockout`). Per badge: counting (0…max−1 wrong) ──wrong PIN number max──▶ locked until
 * now + lockoutMs ──time passes──▶ counting from 0. A right PIN sets the count back to 0.
 *
 * The counts are kept in a file, so closing and reopening the station app does not buy an
 * attacker five more guesses.
 */
export type PinLockout = {
  /** Reads the file; a missing or damaged one counts as no wrong PINs. */
  load(): Promise<void>;
  /** Until when `badge` is locked out (ms since the epoch), or null when it may try. */
  lockedUntil(badge: string): number | null;
  recordWrong(badge: string): Promise<WrongPinOutcome>;
  recordRight(badge: string): Promise<void>;
};

export type PinLockoutOptions = {
  readonly clock: Clock;
  readonly logger: Logger;
  /** Where the counts are kept; null keeps them in memory only. */
  readonly path: string | null;
  readonly maxWrongPins?: number;
  readonly lockoutMs?: number;
};

const storedSchema = z.record(
  z.string(),
  z.object({ wrong: z.number().int().nonnegative(), lockedUntil: z.number().nullable() }),
);

type BadgeState = z.infer<typeof storedSchema>[string];

/** Creates a {@link PinLockout}; call `load()` before the first check. */
export function createPinLockout(options: PinLockoutOptions): PinLockout {
  const { clock, logger, path } = options;
  const maxWrongPins = options.maxWrongPins ?? pinLockout.maxWrongPins;
  const lockoutMs = options.lockoutMs ?? pinLockout.lockoutMs;
  const states = new Map<string, BadgeState>();
  let saving: Promise<void> = Promise.resolve();

  /** The badge's state now: a lockout that ran out starts counting from zero again. */
  function current(badge: string): BadgeState {
    const state = states.get(badge);
    if (state === undefined) return { wrong: 0, lockedUntil: null };
    if (state.lockedUntil !== null && state.lockedUntil <= clock.now())
      return { wrong: 0, lockedUntil: null };
    return state;
  }

  function save(): Promise<void> {
    if (path === null) return Promise.resolve();
    const text = `${JSON.stringify(Object.fromEntries(states))}\n`;
    // One write at a time, in order: the last one leaves the latest counts.
    saving = saving.then(async () => {
      const temporary = `${path}.tmp`;
      try {
        await writeFile(temporary, text, { encoding: 'utf8', mode: 0o600 });
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        logger.warn({ err: error }, 'could not keep the PIN lockout counts; they hold until a restart');
      }
    });
    return saving;
  }

  return {
    async load() {
      if (path === null) return;
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) {
          logger.warn({ err: error }, 'cannot read the PIN lockout counts; starting from none');
        }
        return;
      }
      const parsed = storedSchema.safeParse(safeJson(text));
      if (!parsed.success) {
        logger.warn('the PIN lockout file is damaged; starting from no wrong PINs');
        return;
      }
      for (const [badge, state] of Object.entries(parsed.data)) states.set(badge, state);
    },
    lockedUntil(badge) {
      return current(badge).lockedUntil;
    },
    async recordWrong(badge) {
      const wrong = current(badge).wrong + 1;
      const isLockedOut = wrong >= maxWrongPins;
      const lockedUntil = isLockedOut ? clock.now() + lockoutMs : null;
      states.set(badge, { wrong: isLockedOut ? maxWrongPins : wrong, lockedUntil });
      await save();
      return { attemptsLeft: Math.max(0, maxWrongPins - wrong), lockedUntil };
    },
    async recordRight(badge) {
      if (!states.delete(badge)) return;
      await save();
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

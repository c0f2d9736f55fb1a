import type { Role } from '../../features/auth';
import {
  type Actor,
  type CommandContext,
  type CommandOf,
  type CommandPayload,
  type CommandType,
  commandSchema,
} from '../command.contract';
import { testNow, testWarehouseId } from './order-builder';

/** A valid, deterministic ULID for test command `n`: ids sort as the numbers do. */
export function testCommandId(n: number): string {
  return `01JE${String(n).padStart(22, '0')}`;
}

/** Envelope fields a test may set on a command. */
export type TestCommandEnvelope = { id?: string; actorId?: string; stationId?: string; clientTime?: string };

/**
 * A command of `type`, checked against the command schema (a test never feeds the reducers a
 * command the hub would refuse to parse). Id 1, made by the packer at PACK-01 at {@link testNow},
 * unless the envelope says otherwise.
 */
export function buildCommand<T extends CommandType>(
  type: T,
  payload: CommandPayload<T>,
  envelope: TestCommandEnvelope = {},
): CommandOf<T> {
  const command = commandSchema.parse({
    id: testCommandId(1),
    actorId: 'user-packer',
    stationId: 'PACK-01',
    clientTime: testNow,
    ...envelope,
    type,
    payload,
  });
  // The schema discriminates on `type`, and `type` is T, so the parsed member is the one of T.
  return command as CommandOf<T>;
}

/** A person in `role`, scoped to the test warehouse unless given another (null: every warehouse). */
export function buildActor(role: Role, warehouseId: string | null = testWarehouseId): Actor {
  return { id: `user-${role}`, role, warehouseId };
}

/** A reducer context: `actor` acting at {@link testNow} unless given another time. */
export function buildContext(actor: Actor, now: string = testNow): CommandContext {
  return { actor, now };
}

import { ulid } from 'ulid';
import {
  type Command,
  type CommandPayload,
  type CommandResult,
  type CommandType,
  commandSchema,
} from '../../src-shared/domain';
import {
  hubPaths,
  hubSignInResponseSchema,
  type PullCollection,
  pullResponseSchema,
  pullDocumentSchemas,
  pushCommandsResponseSchema,
  registerStationResponseSchema,
  type SyncCheckpoint,
  stationTimeHeader,
  syncPaths,
} from '../../src-shared/hub-api';
import type { z } from 'zod';
import { callHub, type HubAnswer } from './hub-client';

/** A person signed in at a station. */
export type SignedIn = { readonly token: string; readonly userId: string };

/** A station registered with a hub, able to push and pull as the station app would. */
export type TestStation = {
  readonly id: string;
  readonly token: string;
  readonly warehouseId: string;
  readonly authorization: string;
};

/** Signs `username` in with the demo password. */
export async function signIn(hubUrl: string, username: string): Promise<SignedIn> {
  const answer = await callHub(hubUrl, hubPaths.signIn, {
    method: 'POST',
    body: { username, password: 'packline' },
  });
  const session = hubSignInResponseSchema.parse(answer.body);
  return { token: session.token, userId: session.user.id };
}

/** Registers station `stationId` with `person`'s session, optionally asking for a warehouse. */
export async function registerStation(
  hubUrl: string,
  person: SignedIn,
  stationId: string,
  warehouseId?: string,
): Promise<TestStation> {
  const answer = await callHub(hubUrl, syncPaths.register, {
    method: 'POST',
    authorization: `Bearer ${person.token}`,
    body: {
      stationId,
      stationName: `Bench ${stationId}`,
      ...(warehouseId === undefined ? {} : { warehouseId }),
    },
  });
  const registration = registerStationResponseSchema.parse(answer.body);
  return {
    id: stationId,
    token: registration.stationToken,
    warehouseId: registration.warehouseId,
    authorization: `Bearer ${registration.stationToken}`,
  };
}

/** A command from `station` by `actorId`, with a fresh ULID unless one is given. */
export function commandFrom<T extends CommandType>(
  station: TestStation,
  actorId: string,
  type: T,
  payload: CommandPayload<T>,
  id: string = ulid(),
): Command {
  return commandSchema.parse({
    id,
    actorId,
    stationId: station.id,
    clientTime: new Date().toISOString(),
    type,
    payload,
  });
}

/** Pushes commands; answers the raw HTTP answer. */
export function pushRaw(hubUrl: string, station: TestStation, body: unknown): Promise<HubAnswer> {
  return callHub(hubUrl, syncPaths.pushCommands, {
    method: 'POST',
    authorization: station.authorization,
    body,
  });
}

/** Pushes commands and answers their results (fails the test on anything but 200). */
export async function push(
  hubUrl: string,
  station: TestStation,
  commands: readonly Command[],
): Promise<CommandResult[]> {
  const answer = await pushRaw(hubUrl, station, { commands });
  if (answer.status !== 200)
    throw new Error(`push answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return pushCommandsResponseSchema.parse(answer.body).results;
}

/** One page of a pull, documents checked against the collection's schema. */
export async function pullPage<C extends PullCollection>(
  hubUrl: string,
  station: TestStation,
  collection: C,
  checkpoint: SyncCheckpoint | null = null,
  options: { limit?: number; stationTime?: string } = {},
): Promise<{ documents: z.infer<(typeof pullDocumentSchemas)[C]>[]; checkpoint: SyncCheckpoint | null }> {
  const query = new URLSearchParams();
  if (checkpoint !== null) query.set('checkpoint', JSON.stringify(checkpoint));
  if (options.limit !== undefined) query.set('limit', String(options.limit));
  const answer = await callHub(hubUrl, `${syncPaths.pull}/${collection}?${query.toString()}`, {
    authorization: station.authorization,
    ...(options.stationTime === undefined ? {} : { headers: { [stationTimeHeader]: options.stationTime } }),
  });
  if (answer.status !== 200)
    throw new Error(`pull answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  const page = pullResponseSchema.parse(answer.body);
  const schema = pullDocumentSchemas[collection];
  // Each collection's documents are checked with that collection's own schema.
  const documents = page.documents.map((document) => schema.parse(document)) as z.infer<
    (typeof pullDocumentSchemas)[C]
  >[];
  return { documents, checkpoint: page.checkpoint };
}

/** Everything of a collection after `checkpoint`, page by page, and where it ended. */
export async function pullAll<C extends PullCollection>(
  hubUrl: string,
  station: TestStation,
  collection: C,
  checkpoint: SyncCheckpoint | null = null,
  limit = 500,
): Promise<{ documents: z.infer<(typeof pullDocumentSchemas)[C]>[]; checkpoint: SyncCheckpoint | null }> {
  const documents: z.infer<(typeof pullDocumentSchemas)[C]>[] = [];
  let at = checkpoint;
  for (;;) {
    const page = await pullPage(hubUrl, station, collection, at, { limit });
    documents.push(...page.documents);
    at = page.checkpoint;
    if (page.documents.length < limit) return { documents, checkpoint: at };
  }
}

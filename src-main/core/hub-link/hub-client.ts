import { AppError, type ErrorCode } from '../../../src-shared/errors';
import type { Credentials, User } from '../../../src-shared/features/auth';
import {
  hubErrorSchema,
  hubMeSchema,
  hubPaths,
  type HubSignInResponse,
  hubSignInResponseSchema,
  type StationStatus as HubStationStatus,
  type StationList,
  stationIdHeader,
  stationListSchema,
  stationPaths,
  stationRevokePath,
  stationStatusSchema,
  stationTimeHeader,
} from '../../../src-shared/hub-api';
import type { Clock } from '../clock';
import { type HubAnswer, type HubTransport, HubUnreachableError, callHub } from './hub-transport';

/** The station's calls to the hub other than health checks. Errors are `AppError`s for the bridge. */
export type HubClient = {
  signIn(credentials: Credentials): Promise<HubSignInResponse>;
  /** Who the token belongs to; `unauthorized` when the hub no longer accepts it. */
  me(token: string): Promise<User>;
  /** The hub's directory of stations, as the token's person may see it. */
  stations(token: string): Promise<StationList>;
  /** Revokes a station at the hub. */
  revokeStation(token: string, stationId: string): Promise<HubStationStatus>;
};

export type HubClientOptions = {
  readonly hubUrl: string;
  readonly stationId: string;
  readonly transport: HubTransport;
  readonly clock: Clock;
  /** Sign-in hashes a password on the hub, so it gets more time than a health check. */
  readonly timeoutMs?: number;
};

export const hubUnreachableMessage = 'Hub not reachable — check the network';

/** Creates the {@link HubClient}. */
export function createHubClient(options: HubClientOptions): HubClient {
  const timeoutMs = options.timeoutMs ?? 10_000;

  async function request(
    method: 'GET' | 'POST',
    path: string,
    extra: { body?: unknown; token?: string },
  ): Promise<HubAnswer> {
    const headers: Record<string, string> = {
      [stationTimeHeader]: new Date(options.clock.now()).toISOString(),
      [stationIdHeader]: options.stationId,
    };
    if (extra.token !== undefined) headers.authorization = `Bearer ${extra.token}`;
    try {
      return await callHub(options, { method, path, headers, body: extra.body, timeoutMs });
    } catch (error) {
      if (error instanceof HubUnreachableError) {
        throw new AppError('unavailable', hubUnreachableMessage, { cause: error });
      }
      throw error;
    }
  }

  return {
    async signIn(credentials) {
      const answer = await request('POST', hubPaths.signIn, {
        body: { ...credentials, stationId: options.stationId },
      });
      return readAnswer(answer, (body) => hubSignInResponseSchema.parse(body));
    },
    async me(token) {
      const answer = await request('GET', hubPaths.me, { token });
      return readAnswer(answer, (body) => hubMeSchema.parse(body).user);
    },
    async stations(token) {
      const answer = await request('GET', stationPaths.list, { token });
      return readAnswer(answer, (body) => stationListSchema.parse(body));
    },
    async revokeStation(token, stationId) {
      const answer = await request('POST', stationRevokePath(stationId), { token });
      return readAnswer(answer, (body) => stationStatusSchema.parse(body));
    },
  };
}

/** Reads a 200 with `parse`; turns anything else into the AppError the person should see. */
function readAnswer<T>(answer: HubAnswer, parse: (body: unknown) => T): T {
  if (answer.status === 200) {
    try {
      return parse(answer.body);
    } catch (error) {
      throw new AppError('internal', 'The hub answered in a form this station does not understand', {
        cause: error,
      });
    }
  }
  if (answer.status >= 500) {
    throw new AppError('unavailable', `The hub had a problem (HTTP ${answer.status}) — try again`);
  }
  const hubError = hubErrorSchema.safeParse(answer.body);
  if (hubError.success) throw new AppError(hubError.data.code, hubError.data.message);
  throw new AppError(statusCode(answer.status), `The hub refused the request (HTTP ${answer.status})`);
}

function statusCode(status: number): ErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'too_large';
  if (status === 429) return 'rate_limited';
  return 'validation';
}

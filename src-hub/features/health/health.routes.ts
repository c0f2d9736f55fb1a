import { type HubHealth, hubPaths, stationIdHeader, stationTimeHeader } from '../../../src-shared/hub-api';
import type { Clock } from '../../clock';
import type { DatabaseEngine } from '../../db';
import type { HubHttpServer } from '../../http';
import { stationClockOffsetMs } from './station-time';

export type HealthDeps = {
  readonly version: string;
  readonly engine: DatabaseEngine;
  readonly clock: Clock;
  /** When this hub process started, UTC ISO 8601. */
  readonly startedAt: string;
};

/** Mounts the health check that stations poll for online state, round trip and clock offset. */
export function registerHealthRoutes(app: HubHttpServer, deps: HealthDeps): void {
  app.get(hubPaths.health, (request) => {
    const now = deps.clock.now();
    const offsetMs = stationClockOffsetMs(request.headers[stationTimeHeader], now);
    // Recording offsets per station (and alerting above 30 s) comes with station registration.
    if (offsetMs !== null)
      request.log.debug({ station: request.headers[stationIdHeader], offsetMs }, 'station clock');
    const health: HubHealth = {
      status: 'ok',
      version: deps.version,
      engine: deps.engine,
      hubTime: new Date(now).toISOString(),
      startedAt: deps.startedAt,
    };
    return health;
  });
}

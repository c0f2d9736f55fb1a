import { createHub, type CreateHubOptions, type Hub } from '../../src-hub/create-hub';
import type { DemoSize } from '../../src-hub/features/demo';
import { type HubPlace, silentLogger, testHubConfig } from './hub-engines';

/** A small demo data set: enough orders in every warehouse, quick to load on PGlite. */
export const smallDemo: DemoSize = { skus: 40, orders: 150 };

/** The hub's clock under test; tests move it by setting `now`. */
export type TestClock = { now: number };

/** Starts a demo hub on `place` with a hand-moved clock and the small demo data set. */
export function startSyncHub(
  place: HubPlace,
  clock: TestClock,
  options: Partial<CreateHubOptions> = {},
): Promise<Hub> {
  return createHub(testHubConfig(place), {
    clock: { now: () => clock.now },
    logger: silentLogger(),
    demoSize: smallDemo,
    ...options,
  });
}

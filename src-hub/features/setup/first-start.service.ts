import type { Clock } from '../../clock';
import type { HubOrm } from '../../db';
import { hashPassword } from '../auth';
import type { Logger } from '../../logging';
import { type CreatedUser, demoPlan, productionPlan } from './first-users';
import { createSetupRepo } from './setup.repo';

export type FirstStartDeps = {
  readonly orm: HubOrm;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Seed the demo warehouses and users instead of a lone admin. */
  readonly isDemo: boolean;
  /** Time zone of the warehouse a production hub starts with. */
  readonly timeZone: string;
};

/**
 * On a hub without users, creates the first warehouse(s) and users and returns them with their
 * initial passwords so the caller can say how to sign in. Returns `[]` on every later start.
 */
export async function seedFirstStart(deps: FirstStartDeps): Promise<readonly CreatedUser[]> {
  const repo = createSetupRepo(deps.orm);
  if (await repo.hasUsers()) return [];
  const plan = deps.isDemo ? demoPlan() : productionPlan(deps.timeZone);
  // Hash outside the transaction: scrypt is slow and the transaction holds a lock.
  const rows = await Promise.all(
    plan.users.map(async ({ password, ...user }) => {
      const badge = plan.badges.find((candidate) => candidate.username === user.username);
      return {
        ...user,
        passwordHash: await hashPassword(password),
        badgeCode: badge?.badgeCode ?? null,
        pinHash: badge === undefined ? null : await hashPassword(badge.pin),
      };
    }),
  );
  const isCreated = await repo.createFirstUsers(plan.warehouses, rows, new Date(deps.clock.now()));
  if (!isCreated) return [];
  deps.logger.info(
    { users: plan.users.map((user) => user.username), warehouses: plan.warehouses.map((row) => row.code) },
    'first start: created warehouses and users',
  );
  return plan.users;
}

import { AppError } from '../../../src-shared/errors';
import type { SetUserBadgeRequest, User, UserBadge } from '../../../src-shared/features/auth';
import type { Clock } from '../../clock';
import type { Logger } from '../../logging';
import type { ChangeBus } from '../changes';
import { defaultScryptParams, hashPassword, type ScryptParams } from './password-hash';
import type { UserBadgeRepo } from './user-badge.repo';

/** Setting and taking away the badges people sign in with at pack benches. */
export type UserBadgeService = {
  /**
   * Gives `userId` a badge and PIN (or takes both away). Admins only, and an admin of one
   * warehouse only for its people. The PIN is kept as a scrypt hash, like passwords.
   */
  setBadge(admin: User, userId: string, request: SetUserBadgeRequest): Promise<UserBadge>;
};

export type UserBadgeServiceDeps = {
  readonly repo: UserBadgeRepo;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly changes: ChangeBus;
  /** scrypt cost of PIN hashes; tests lower it. */
  readonly pinHashParams?: ScryptParams;
};

/** Creates the {@link UserBadgeService}. */
export function createUserBadgeService(deps: UserBadgeServiceDeps): UserBadgeService {
  const { repo, clock, logger } = deps;
  return {
    async setBadge(admin, userId, request) {
      if (admin.role !== 'admin') throw new AppError('forbidden', 'Only an admin may set badges and PINs');
      const holder = await repo.findHolder(userId);
      if (holder === null) throw new AppError('not_found', 'There is no such person');
      if (admin.warehouseId !== null && holder.warehouseId !== admin.warehouseId) {
        throw new AppError('forbidden', 'This person works in another warehouse');
      }
      const pinHash =
        request.badgeCode === null
          ? null
          : await hashPassword(request.pin, deps.pinHashParams ?? defaultScryptParams);
      const updatedAt = new Date(clock.now());
      const outcome = await repo.setBadge(userId, { badgeCode: request.badgeCode, pinHash, updatedAt });
      if (outcome === 'not_found') throw new AppError('not_found', 'There is no such person');
      if (outcome === 'badge_taken') {
        throw new AppError('conflict', `Badge ${request.badgeCode ?? ''} already belongs to someone else`);
      }
      // Every station pulls the directory: a badge leaving one warehouse must disappear there too.
      deps.changes.publish([{ collection: 'benchUsers', warehouseId: null }]);
      logger.info({ userId, adminId: admin.id, hasBadge: request.badgeCode !== null }, 'badge set');
      return { userId, badgeCode: request.badgeCode, updatedAt: updatedAt.toISOString() };
    },
  };
}

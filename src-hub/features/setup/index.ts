export { type CreatedUser, demoBadges, demoPassword, demoPlan, type FirstBadge } from './first-users';
export { type FirstStartDeps, seedFirstStart } from './first-start.service';

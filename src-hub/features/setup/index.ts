export { type CreatedUser, demoPassword, demoPlan } from './first-users';
export { type FirstStartDeps, seedFirstStart } from './first-start.service';

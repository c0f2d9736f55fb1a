export { type HealthDeps, registerHealthRoutes } from './health.routes';
export { stationClockOffsetMs } from './station-time';

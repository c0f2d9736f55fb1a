export { devicesQueryKey, useDevices } from './use-devices';

import type { BridgeHandlers } from '../bridge';
import type { DeviceRegistry } from './device-registry';

/** Bridge handlers of the devices feature. */
export function createDeviceHandlers(registry: DeviceRegistry): Pick<BridgeHandlers, 'devices.list'> {
  return {
    'devices.list': () => registry.list(),
  };
}

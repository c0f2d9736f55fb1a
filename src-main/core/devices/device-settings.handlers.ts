import type { Actor } from '../../../src-shared/domain';
import { AppError } from '../../../src-shared/errors';
import type { BridgeHandlers, CallerContext } from '../bridge';
import type { DeviceSettingsService } from './device-settings.service';

type DeviceSettingsChannel =
  | 'devices.settings'
  | 'devices.savePrinter'
  | 'devices.removePrinter'
  | 'devices.assign'
  | 'devices.discoverPrinters'
  | 'devices.testPrint'
  | 'devices.printers';

/** What the device settings handlers need. */
export type DeviceSettingsHandlerDeps = {
  readonly settings: DeviceSettingsService;
  /** The signed-in person behind a caller; null when signed out or the bench is locked. */
  readonly actorOf: (caller: CallerContext) => Actor | null;
};

/**
 * Bridge handlers of the device settings. Reading them is for every signed-in person (the pack
 * screen needs the scanner profile); changing them, searching the network and test prints are
 * for admins.
 */
export function createDeviceSettingsHandlers(
  deps: DeviceSettingsHandlerDeps,
): Pick<BridgeHandlers, DeviceSettingsChannel> {
  const { settings } = deps;

  function admin(caller: CallerContext): Actor {
    const actor = deps.actorOf(caller);
    if (actor === null) throw new AppError('unauthorized', 'Please sign in first.');
    if (actor.role !== 'admin') {
      throw new AppError('forbidden', 'Only an admin may change the printers and scanners of this station.');
    }
    return actor;
  }

  return {
    'devices.settings': () => settings.view(),
    'devices.printers': () => settings.printers(),
    'devices.savePrinter'(input, caller) {
      admin(caller);
      return settings.savePrinter(input);
    },
    'devices.removePrinter'({ printerId, isCancellingWaitingJobs }, caller) {
      const actor = admin(caller);
      return settings.removePrinter(printerId, { isCancellingWaitingJobs, actorId: actor.id });
    },
    'devices.assign'(input, caller) {
      admin(caller);
      return settings.assign(input);
    },
    'devices.discoverPrinters'({ hosts, subnet, port }, caller) {
      admin(caller);
      return settings.discover({ hosts, port, ...(subnet === undefined ? {} : { subnet }) });
    },
    'devices.testPrint'({ printerId }, caller) {
      const actor = admin(caller);
      return settings.testPrint(printerId, actor.id);
    },
  };
}

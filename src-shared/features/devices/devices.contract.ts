import { z } from 'zod';
import { channel } from '../../bridge/contract';
import { deviceSettingsChannels, printEvents } from './device-settings.contract';

/**
 * States a device can be in. Paper out or a disconnected scanner are states, not errors. A printer
 * is `paused` when it stopped for another reason (pause key, ribbon out, jam) and `unknown` while
 * it does not answer its status query.
 */
export const deviceStates = [
  'connected',
  'disconnected',
  'ready',
  'offline',
  'paper_out',
  'head_open',
  'paused',
  'unknown',
] as const;

/** A scanner or printer known to main. */
export const deviceSchema = z.object({
  id: z.string(),
  kind: z.enum(['scanner', 'printer']),
  name: z.string(),
  transport: z.enum(['simulated', 'keyboard', 'usb', 'tcp', 'spooler', 'file']),
  state: z.enum(deviceStates),
  /** Where it is reached, e.g. `tcp://10.0.0.5:9100`; null for simulated devices. */
  address: z.string().nullable(),
});

/** A scanner or printer known to main. */
export type Device = z.infer<typeof deviceSchema>;

/** A barcode read by any scanner. */
export const scanEventSchema = z.object({
  code: z.string(),
  symbology: z.string().optional(),
  source: z.string(),
  at: z.iso.datetime(),
});

/** A barcode read by any scanner. */
export type ScanEvent = z.infer<typeof scanEventSchema>;

/** Bridge channels of the devices feature. */
export const deviceChannels = {
  'devices.list': channel(z.object({}), z.array(deviceSchema)),
  ...deviceSettingsChannels,
};

/** Events of the devices feature. */
export const deviceEvents = {
  'printer.status': z.object({
    deviceId: z.string(),
    state: z.enum(deviceStates),
    /** What the printer reported besides its state (`paper_low`, `unreachable`…); queue printers only. */
    problems: z.array(z.string()).optional(),
    /** What the transport saw; queue printers only. */
    message: z.string().optional(),
  }),
  'scan.received': scanEventSchema,
  ...printEvents,
};

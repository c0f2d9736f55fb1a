import type { z } from 'zod';
import { authChannels } from '../features/auth';
import { deviceChannels, deviceEvents } from '../features/devices';
import { orderChannels } from '../features/orders';
import { packChannels } from '../features/pack';
import { stationChannels, stationEvents } from '../features/station';
import { syncChannels, syncEvents } from '../features/sync';

/** Every channel main answers, across features: the one contract of the station bridge. */
export const bridgeChannels = {
  ...authChannels,
  ...stationChannels,
  ...deviceChannels,
  ...orderChannels,
  ...packChannels,
  ...syncChannels,
};

/** Every event main pushes to the renderer. */
export const bridgeEvents = {
  ...stationEvents,
  ...deviceEvents,
  ...syncEvents,
};

/** Name of a bridge channel. */
export type ChannelName = keyof typeof bridgeChannels;
/** Name of a bridge event. */
export type EventName = keyof typeof bridgeEvents;
/** Input of channel `N`, as the caller writes it. */
export type BridgeInput<N extends ChannelName> = z.input<(typeof bridgeChannels)[N]['input']>;
/** Output of channel `N`. */
export type BridgeOutput<N extends ChannelName> = z.output<(typeof bridgeChannels)[N]['output']>;
/** Payload of event `N`. */
export type BridgeEventPayload<N extends EventName> = z.output<(typeof bridgeEvents)[N]>;

/**
 * Channels that answer before sign-in: the sign-in screen needs them, and the sync state shows
 * there too (a station keeps replicating with nobody signed in). The bench's lock screen needs
 * unlock and badge sign-in while the session is locked (which counts as not signed in), and lock
 * must stay callable on a session that is already locked.
 */
export const publicChannels: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'auth.signIn',
  'auth.session',
  'auth.badgeSignIn',
  'auth.lock',
  'auth.unlock',
  'auth.signInOptions',
  'station.status',
  'sync.state',
]);

/** True when `name` is a channel of the bridge (input from outside is only a string). */
export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(bridgeChannels, name);
}

/** True when `name` is an event of the bridge. */
export function isEventName(name: string): name is EventName {
  return Object.hasOwn(bridgeEvents, name);
}

import { type BridgeApi, type Envelope, fail, hostPaths } from '../../../src-shared/bridge';
import type { StationLink, StationLinkState } from './station-link';

/** The part of the DOM `EventSource` the transport uses (tests give a fake at this port). */
export type EventSourceLike = {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  removeEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
};

/** Options of {@link createHttpBridgeApi}; every one has a browser default. */
export type HttpBridgeOptions = {
  /** Prefix of the host paths; empty means the page's own origin. */
  baseUrl?: string;
  fetch?: typeof fetch;
  openEventSource?: (url: string) => EventSourceLike;
  /** Consecutive stream errors after which the station service counts as unreachable. */
  errorsBeforeUnreachable?: number;
  /** Wait before reopening a stream the browser gave up on. */
  reopenDelayMs?: number;
};

/** The station host's bridge over HTTP + SSE, with the state of the link to the host. */
export type HttpBridge = BridgeApi & { readonly link: StationLink; dispose(): void };

const closedState = 2;

/**
 * The browser transport of the bridge: calls are `POST /bridge/invoke/<channel>`, events arrive on
 * one Server-Sent Events stream opened at the first subscription.
 *
 * Link states, driven by the stream:
 *
 *   connecting ──open──▶ connected ──error──▶ connecting (errors += 1)
 *        ▲                                        │ errors ≥ errorsBeforeUnreachable
 *        └──────────────open──── unreachable ◀────┘
 *
 * The browser retries a dropped stream by itself; it gives up (readyState CLOSED) when the host
 * answers with an HTTP error, so then the stream is reopened here after `reopenDelayMs`.
 */
export function createHttpBridgeApi(options: HttpBridgeOptions = {}): HttpBridge {
  const baseUrl = options.baseUrl ?? '';
  const fetchAnswer = options.fetch ?? ((input, init) => fetch(input, init));
  const openEventSource = options.openEventSource ?? ((url: string) => new EventSource(url));
  const errorsBeforeUnreachable = options.errorsBeforeUnreachable ?? 3;
  const reopenDelayMs = options.reopenDelayMs ?? 2_000;

  const subscriptions = new Set<{ event: string; handle: (message: MessageEvent<string>) => void }>();
  const linkListeners = new Set<() => void>();
  let state: StationLinkState = 'connecting';
  let errorCount = 0;
  let source: EventSourceLike | undefined;
  let reopenTimer: ReturnType<typeof setTimeout> | undefined;
  let isDisposed = false;

  function setState(next: StationLinkState): void {
    if (next === state) return;
    state = next;
    for (const listener of [...linkListeners]) listener();
  }

  function openStream(): void {
    const opened = openEventSource(`${baseUrl}${hostPaths.events}`);
    source = opened;
    opened.addEventListener('open', () => {
      errorCount = 0;
      setState('connected');
    });
    opened.addEventListener('error', () => {
      errorCount += 1;
      setState(errorCount >= errorsBeforeUnreachable ? 'unreachable' : 'connecting');
      if (opened.readyState === closedState && source === opened) {
        source = undefined;
        reopenTimer = setTimeout(() => {
          reopenTimer = undefined;
          if (!isDisposed && subscriptions.size > 0) openStream();
        }, reopenDelayMs);
      }
    });
    for (const subscription of subscriptions)
      opened.addEventListener(subscription.event, subscription.handle);
  }

  return {
    async invoke(channel: string, input: unknown): Promise<Envelope<unknown>> {
      // A rejected fetch (host gone, network down) propagates: the client reports it as the station
      // service being unreachable, which no envelope can say.
      const response = await fetchAnswer(`${baseUrl}${hostPaths.invoke}${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
      });
      try {
        // Shape-checked by the client, like every envelope.
        return (await response.json()) as Envelope<unknown>;
      } catch {
        return fail(
          response.status === 413 ? 'too_large' : 'internal',
          `The station service answered HTTP ${response.status} without a bridge answer.`,
        );
      }
    },
    subscribe(event: string, listener: (payload: unknown) => void): () => void {
      const subscription = {
        event,
        handle: (message: MessageEvent<string>) => {
          let payload: unknown;
          try {
            payload = JSON.parse(message.data);
          } catch {
            return; // Not JSON: not a payload of ours; the client would reject it anyway.
          }
          listener(payload);
        },
      };
      subscriptions.add(subscription);
      if (source) source.addEventListener(event, subscription.handle);
      else if (!reopenTimer && !isDisposed) openStream();
      return () => {
        subscriptions.delete(subscription);
        source?.removeEventListener(event, subscription.handle);
        // The stream stays open without subscribers: it also reports whether the host is alive.
      };
    },
    link: {
      getState: () => state,
      subscribe(listener: () => void) {
        linkListeners.add(listener);
        return () => {
          linkListeners.delete(listener);
        };
      },
    },
    dispose() {
      isDisposed = true;
      if (reopenTimer) clearTimeout(reopenTimer);
      source?.close();
      source = undefined;
      subscriptions.clear();
      linkListeners.clear();
    },
  };
}

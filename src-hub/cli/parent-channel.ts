import type { DatabaseEngine } from '../db';
import type { CreatedUser } from '../features/setup';

/** Messages the hub sends to a parent process that started it (the station's embedded hub). */
export type HubToParentMessage =
  | {
      readonly type: 'ready';
      readonly url: string;
      readonly engine: DatabaseEngine;
      readonly createdUsers: readonly CreatedUser[];
    }
  | { readonly type: 'fatal'; readonly message: string };

/** A message a parent may send: `{ type: 'stop' }` asks for a graceful shutdown. */
export type ParentToHubMessage = { readonly type: 'stop' };

/** The link to the process that started the hub, when there is one. */
export type ParentChannel = {
  /** Resolves once the message is handed to the channel (or the channel is gone). */
  send(message: HubToParentMessage): Promise<void>;
  /** `listener` runs when the parent asks to stop or goes away. */
  onStop(listener: () => void): void;
};

/** Electron's utility-process port, which Node's types do not know. */
type ParentPort = {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
};

/**
 * The parent channel of this process: Electron's `process.parentPort` in a utility process,
 * Node's IPC channel (`process.send`) when forked by Node, or `null` when started from a shell.
 */
export function connectToParent(proc: NodeJS.Process): ParentChannel | null {
  // Electron adds parentPort to `process` in utility processes; plain Node has none.
  const parentPort = (proc as NodeJS.Process & { parentPort?: ParentPort }).parentPort;
  if (parentPort !== undefined) {
    return {
      send(message) {
        parentPort.postMessage(message);
        return Promise.resolve();
      },
      onStop(listener) {
        parentPort.on('message', (event) => {
          if (isStopMessage(event.data)) listener();
        });
      },
    };
  }
  const send = proc.send?.bind(proc);
  if (send === undefined) return null;
  return {
    send(message) {
      return new Promise((resolve) => {
        if (!proc.connected) return resolve();
        // A parent that vanished mid-send is not an error worth failing over: resolve either way.
        send(message, undefined, undefined, () => resolve());
      });
    },
    onStop(listener) {
      proc.on('message', (message: unknown) => {
        if (isStopMessage(message)) listener();
      });
      // The parent closed the channel or died: nobody is left to use this hub.
      proc.once('disconnect', listener);
    },
  };
}

function isStopMessage(message: unknown): message is ParentToHubMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'stop';
}

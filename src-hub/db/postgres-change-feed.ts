import { Client, type Pool } from 'pg';
import type { Logger } from '../logging';
import type { ChangeFeed } from './hub-database';

/** The NOTIFY channel hubs sharing a PostgreSQL database tell each other of commits on. */
export const changeChannel = 'packline_changes';

/** Waits before listening again after the connection was lost: 0.5 s doubling to 30 s. */
function reconnectDelayMs(attempt: number): number {
  return Math.min(30_000, 500 * 2 ** Math.min(attempt, 6));
}

/**
 * NOTIFY through the pool; LISTEN on a connection of its own (a pooled one would be handed to a
 * query and lose its LISTEN). A lost listening connection — server restart, network cut, the
 * connection terminated — is replaced, and `onGap` tells the hub that notifications may have been
 * missed meanwhile.
 */
export function createPostgresChangeFeed(connectionString: string, pool: Pool, logger: Logger): ChangeFeed {
  return {
    async notify(payload) {
      await pool.query('select pg_notify($1, $2)', [changeChannel, payload]);
    },
    listen(handlers) {
      let current: Client | null = null;
      let isStopped = false;
      let hasMissed = false;
      let attempt = 0;
      let retryTimer: NodeJS.Timeout | null = null;

      function lost(client: Client, error: unknown): void {
        // An error and the end of one connection both land here; a replaced or stopped one is done.
        if (current !== client) return;
        current = null;
        hasMissed = true;
        client.removeAllListeners('notification');
        client.end().catch(() => undefined);
        if (isStopped) return;
        const delay = reconnectDelayMs(attempt);
        attempt += 1;
        logger.warn(
          { err: error, retryInMs: delay },
          'lost the change feed of the other hubs; listening again',
        );
        retryTimer = setTimeout(() => void connect(), delay);
      }

      async function connect(): Promise<void> {
        retryTimer = null;
        const client = new Client({ connectionString });
        current = client;
        client.on('notification', (message) => {
          if (message.channel === changeChannel && message.payload !== undefined) {
            handlers.onMessage(message.payload);
          }
        });
        client.on('error', (error) => lost(client, error));
        client.on('end', () => lost(client, new Error('connection ended')));
        try {
          await client.connect();
          await client.query(`listen ${changeChannel}`);
        } catch (error) {
          lost(client, error);
          return;
        }
        if (isStopped) {
          await client.end().catch(() => undefined);
          return;
        }
        attempt = 0;
        if (hasMissed) {
          hasMissed = false;
          handlers.onGap();
        }
      }

      void connect();
      return {
        async stop() {
          isStopped = true;
          if (retryTimer !== null) clearTimeout(retryTimer);
          const client = current;
          current = null;
          await client?.end().catch(() => undefined);
        },
      };
    },
  };
}

import type { HubTransport } from '../hub-transport';

/** One call a fake transport received. */
export type TransportCall = { readonly url: string; readonly init: RequestInit };

/** A transport scripted by a test: each call is answered by `respond`, and recorded. */
export function createFakeTransport(
  respond: (call: TransportCall) => Response | Promise<Response>,
): HubTransport & { readonly calls: TransportCall[] } {
  const calls: TransportCall[] = [];
  const transport = async (url: string, init: RequestInit) => {
    const call = { url, init };
    calls.push(call);
    return respond(call);
  };
  return Object.assign(transport, { calls });
}

/** A JSON response, as a hub sends it. */
export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** A response that never comes: settles only when the request's signal aborts, as fetch does. */
export function hangUntilAborted(call: TransportCall): Promise<Response> {
  return new Promise((_resolve, reject) => {
    call.init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });
}

/** The error Node's fetch throws when nothing listens on the port. */
export function connectionRefused(): Promise<Response> {
  const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
  return Promise.reject(new TypeError('fetch failed', { cause }));
}

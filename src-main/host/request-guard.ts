const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** True when the host listens only on this machine, so only loopback names may address it. */
export function isLoopbackHost(host: string): boolean {
  return loopbackHosts.has(host);
}

/**
 * Why a request must be refused, or null. Two guards:
 * - the Origin (sent by browsers on cross-site and on non-GET requests) must be this host's own
 *   origin: a page elsewhere cannot drive the bridge with the person's cookie (CSRF);
 * - on a loopback-only host, the Host header must be a loopback name: a foreign domain re-pointed at
 *   127.0.0.1 (DNS rebinding) is not this host even though it reaches it.
 */
export function refusalReason(
  headers: { readonly host?: string | undefined; readonly origin?: string | undefined },
  boundHost: string,
): string | null {
  const host = headers.host ?? '';
  if (isLoopbackHost(boundHost) && !isLoopbackHost(hostName(host))) {
    return 'This station host answers only to local addresses';
  }
  if (headers.origin !== undefined && headers.origin !== `http://${host}`) {
    return 'Requests from other sites are refused';
  }
  return null;
}

/** `127.0.0.1:5170` → `127.0.0.1`, `[::1]:5170` → `[::1]`. */
function hostName(hostHeader: string): string {
  const match = /^(\[[^\]]*\]|[^:]*)(?::\d+)?$/.exec(hostHeader);
  return (match?.[1] ?? '').toLowerCase();
}

import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

// The renderer is served from `app://packline/…`, never from file:// (see ADR 0004). This module
// decides which URLs are ours and which file inside the renderer folder a request may read; the
// protocol handler only does the I/O.

/** The custom scheme of the app, registered as privileged before `ready`. */
export const appScheme = 'app';

/** The one host of the scheme: the app's origin is `app://packline`. */
export const appHost = 'packline';

/** The origin every trusted page has. */
export const appOrigin = `${appScheme}://${appHost}`;

/** What the window loads first. */
export const appEntryUrl = `${appOrigin}/index.html`;

const entryFile = 'index.html';

/** Where a request for the app goes: a file inside the renderer folder, or nowhere. */
export type AppFileDecision =
  | { readonly kind: 'file'; readonly filePath: string; readonly contentType: string }
  | { readonly kind: 'refused'; readonly status: 400 | 404; readonly reason: string };

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * True when `url` is a page or asset of the app: scheme `app:`, host `packline`, and nothing else
 * in the authority (no credentials, no port) that a look-alike could hide behind.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== undefined &&
    parsed.protocol === `${appScheme}:` &&
    parsed.hostname === appHost &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

// A segment is refused, not cleaned: an encoded slash, a backslash, a drive letter or a dot
// segment has no business in a URL the app itself builds, so it is an attack or a bug.
function isSafeSegment(segment: string): boolean {
  return !segment.startsWith('.') && !/[/\\:\0]/.test(segment);
}

/**
 * The path of `url` as written, before URL parsing folds dot segments away: a request that even
 * tries to climb out is refused rather than quietly served from somewhere else.
 */
function rawPathOf(url: string): string {
  const afterScheme = url.slice(url.indexOf('//') + 2);
  const pathStart = afterScheme.search(/[/?#\\]/);
  if (pathStart === -1) return '';
  const rest = afterScheme.slice(pathStart);
  const pathEnd = rest.search(/[?#]/);
  return pathEnd === -1 ? rest : rest.slice(0, pathEnd);
}

/** The decoded path segments of a raw path; undefined when any is unsafe. */
function safeSegments(rawPath: string): string[] | undefined {
  if (rawPath.includes('\\') || rawPath.includes('//')) return undefined;
  const segments: string[] = [];
  for (const raw of rawPath.split('/')) {
    if (raw === '') continue;
    const segment = decodeSegment(raw);
    if (segment === undefined || !isSafeSegment(segment)) return undefined;
    segments.push(segment);
  }
  return segments;
}

/**
 * Resolves an `app://packline/…` request to a file inside `rendererDir`. Refuses other origins and
 * any path that could leave the folder (`..`, `%2e%2e`, encoded slashes, backslashes, absolute or
 * drive paths). A path without an extension is a client-side route and gets `index.html`.
 * Whether the file exists is the caller's question (it answers 404 when it does not).
 */
export function mapAppUrlToFile(url: string, rendererDir: string): AppFileDecision {
  if (!isAppUrl(url)) return { kind: 'refused', status: 404, reason: 'not an app URL' };
  const segments = safeSegments(rawPathOf(url));
  if (segments === undefined) return { kind: 'refused', status: 400, reason: 'unsafe path' };

  const last = segments.at(-1);
  const isRoute = last === undefined || extname(last) === '';
  const root = resolve(rendererDir);
  const filePath = isRoute ? resolve(root, entryFile) : resolve(root, ...segments);

  // Belt and braces: whatever the checks above missed, the file must still be under the root.
  const inside = relative(root, filePath);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    return { kind: 'refused', status: 400, reason: 'outside the renderer folder' };
  }
  return { kind: 'file', filePath, contentType: contentTypeFor(filePath) };
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wasm': 'application/wasm',
};

/**
 * The Content-Type for a file of the renderer build. Unknown extensions are served as opaque
 * bytes, which with `nosniff` the page cannot run as script or style.
 */
export function contentTypeFor(filePath: string): string {
  return contentTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

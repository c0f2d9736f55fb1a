import { readFile } from 'node:fs/promises';
import type { Logger } from '../core';
import { appResponseHeaders, mapAppUrlToFile } from './policy';

// The I/O half of the app:// protocol, kept free of Electron so it is tested with real files:
// Electron hands the handler a standard Request and wants a standard Response.

function isMissingFile(error: unknown): boolean {
  if (!(error instanceof Error) || !('code' in error)) return false;
  return error.code === 'ENOENT' || error.code === 'EISDIR' || error.code === 'ENOTDIR';
}

function plainAnswer(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...appResponseHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * Answers one request for `app://packline/…` from the built renderer in `rendererDir`, every
 * answer carrying the CSP. Only GET and HEAD: the page talks to main over IPC, never by posting.
 */
export async function answerAppRequest(
  request: Request,
  rendererDir: string,
  log: Logger,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plainAnswer(405, 'Method not allowed');

  const decision = mapAppUrlToFile(request.url, rendererDir);
  if (decision.kind === 'refused') {
    log.warn({ url: request.url, reason: decision.reason }, 'refused an app:// request');
    return plainAnswer(decision.status, decision.status === 400 ? 'Bad request' : 'Not found');
  }
  try {
    const body = await readFile(decision.filePath);
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...appResponseHeaders, 'Content-Type': decision.contentType },
    });
  } catch (error) {
    if (isMissingFile(error)) return plainAnswer(404, 'Not found');
    log.error({ err: error, url: request.url }, 'could not read an app file');
    return plainAnswer(500, 'Internal error');
  }
}

/** What the hub answered: status and parsed JSON body. */
export type HubAnswer = { readonly status: number; readonly body: unknown };

export type HubRequest = {
  readonly method?: 'GET' | 'POST' | 'PUT';
  readonly body?: unknown;
  /** Sent as-is as the `authorization` header. */
  readonly authorization?: string;
  readonly headers?: Readonly<Record<string, string>>;
};

/** Calls the hub over real HTTP, as a station would. */
export async function callHub(baseUrl: string, path: string, request: HubRequest = {}): Promise<HubAnswer> {
  const headers: Record<string, string> = { ...request.headers };
  if (request.authorization !== undefined) headers.authorization = request.authorization;
  let body: string | undefined;
  if (request.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
  }
  const response = await fetch(new URL(path, baseUrl), {
    method: request.method ?? 'GET',
    headers,
    body: body ?? null,
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
}

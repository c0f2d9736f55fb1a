/** One Server-Sent Event as a test sees it. */
export type ReceivedEvent = { readonly event: string; readonly data: unknown };

/** Reads an SSE response: `next(name)` waits for the next event of that name; `all` holds every one. */
export type SseReader = {
  readonly all: ReceivedEvent[];
  readonly comments: string[];
  next(name: string, timeoutMs?: number): Promise<ReceivedEvent>;
  /** Resolves when the server ends the stream. */
  readonly ended: Promise<void>;
  cancel(): Promise<void>;
};

/** Starts reading `response.body` as Server-Sent Events. */
export function readServerSentEvents(response: Response): SseReader {
  const body = response.body;
  if (body === null) throw new Error('no body');
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  const all: ReceivedEvent[] = [];
  const comments: string[] = [];
  let consumed = 0;
  const waiters = new Set<() => void>();

  function take(block: string): void {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) comments.push(line.slice(1).trim());
      else if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data.push(line.slice(6));
    }
    if (data.length > 0) all.push({ event, data: JSON.parse(data.join('\n')) as unknown });
    for (const wake of [...waiters]) wake();
  }

  const ended = (async () => {
    let buffer = '';
    for (;;) {
      const chunk = await reader.read().catch(() => ({ done: true as const, value: undefined }));
      if (chunk.done) break;
      buffer += chunk.value;
      let end = buffer.indexOf('\n\n');
      while (end !== -1) {
        take(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf('\n\n');
      }
    }
  })();

  return {
    all,
    comments,
    ended,
    next(name, timeoutMs = 3000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const index = all.findIndex((e, i) => i >= consumed && e.event === name);
          const found = all[index];
          if (found === undefined) return;
          consumed = index + 1;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`no ${name} event within ${timeoutMs} ms (got ${all.map((e) => e.event).join(', ')})`),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    cancel: () => reader.cancel(),
  };
}

import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './create-logger';

function captureLines(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const lines = () =>
    chunks
      .join('')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { stream, lines };
}

describe('createLogger', () => {
  it('redacts passwords, tokens and authorization headers but keeps the rest', () => {
    const { stream, lines } = captureLines();
    const logger = createLogger('http', { destination: stream });

    logger.info(
      {
        password: 'packline',
        user: { username: 'admin', passwordHash: 'scrypt$…' },
        session: { token: 'abc' },
        req: { method: 'GET', headers: { authorization: 'Bearer abc', host: 'hub' } },
      },
      'request',
    );

    const [line] = lines();
    expect(line).toMatchObject({
      area: 'http',
      msg: 'request',
      password: '[redacted]',
      user: { username: 'admin', passwordHash: '[redacted]' },
      session: { token: '[redacted]' },
      req: { method: 'GET', headers: { authorization: '[redacted]', host: 'hub' } },
    });
    expect(JSON.stringify(line)).not.toMatch(/packline|Bearer|abc/);
  });

  it('drops lines below its level', () => {
    const { stream, lines } = captureLines();
    const logger = createLogger('hub', { level: 'warn', destination: stream });

    logger.info('hidden');
    logger.warn('shown');

    expect(lines().map((line) => line.msg)).toEqual(['shown']);
  });
});

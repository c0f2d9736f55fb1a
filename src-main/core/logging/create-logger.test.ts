import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, openLogFile } from './index';

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
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { stream, lines };
}

describe('createLogger', () => {
  it('writes JSON lines with the area and redacts secrets and personal data', () => {
    const { stream, lines } = captureLines();
    const logger = createLogger('test-area', { destination: stream });
    logger.info(
      {
        username: 'packer',
        password: 'packline',
        token: 't0k3n',
        headers: { authorization: 'Bearer abc' },
        order: { buyer: { phone: '13800000000', address: 'Shanghai' } },
      },
      'signed in',
    );
    const [line] = lines();
    expect(line).toMatchObject({
      level: 30,
      area: 'test-area',
      msg: 'signed in',
      username: 'packer',
      password: '[redacted]',
      token: '[redacted]',
      headers: { authorization: '[redacted]' },
      order: { buyer: { phone: '[redacted]', address: '[redacted]' } },
    });
    expect(JSON.stringify(line)).not.toMatch(/packline|t0k3n|abc|13800000000|Shanghai/);
  });

  it('respects the level', () => {
    const { stream, lines } = captureLines();
    const logger = createLogger('quiet', { destination: stream, level: 'warn' });
    logger.info('not written');
    logger.warn('written');
    expect(lines().map((l) => l.msg)).toEqual(['written']);
  });
});

describe('openLogFile', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('rotates a file that has grown past the limit and appends otherwise', () => {
    dir = mkdtempSync(join(tmpdir(), 'packline-log-'));
    const file = join(dir, 'logs', 'station.log');
    const first = openLogFile(file, 10);
    first.write('{"n":1}\n');
    first.end();
    const second = openLogFile(file, 1000);
    second.write('{"n":2}\n');
    second.end();
    expect(readFileSync(file, 'utf8')).toBe('{"n":1}\n{"n":2}\n');
    writeFileSync(file, 'x'.repeat(20));
    const third = openLogFile(file, 10);
    third.write('{"n":3}\n');
    third.end();
    expect(readFileSync(`${file}.1`, 'utf8')).toBe('x'.repeat(20));
    expect(readFileSync(file, 'utf8')).toBe('{"n":3}\n');
  });
});

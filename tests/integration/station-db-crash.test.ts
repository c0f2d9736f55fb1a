import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSystemClock } from '../../src-main/core/clock';
import { openDatabaseFile, quickCheck } from '../../src-main/core/db/file';
import { createLogger } from '../../src-main/core/logging';
import { makeTempDir } from '../helpers/processes';

const writerScript = resolve('tests', 'helpers', 'crash-writer.ts');
/** Kills that must land while the writer is writing; kills at other moments come on top. */
const killsMidWrite = 20;
const maxRounds = 60;

type Round = { acked: number[]; recoveries: string[]; errors: string; wasKilledWriting: boolean };

/**
 * Starts the writer and kills it with SIGKILL: in `anytime` rounds at a random moment after launch
 * (it may still be starting, opening the file or replaying the WAL); in `mid-write` rounds at a
 * random moment after its first acknowledged write.
 */
async function runAndKill(path: string, backupDir: string, when: 'anytime' | 'mid-write'): Promise<Round> {
  const child = spawn(process.execPath, ['--import', 'tsx', writerScript, path, backupDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const round: Round = { acked: [], recoveries: [], errors: '', wasKilledWriting: false };
  let pending = '';
  const firstAck = new Promise<void>((done) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      // The last piece has no newline yet: it may be half a line cut by the kill.
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const ack = /^ack (\d+)-(\d+)$/.exec(line);
        if (ack) {
          for (let id = Number(ack[1]); id <= Number(ack[2]); id += 1) round.acked.push(id);
          done();
        } else if (line.startsWith('recovery ')) round.recoveries.push(line);
      }
    });
  });
  child.stderr?.on('data', (chunk: Buffer) => (round.errors += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  if (when === 'anytime') await sleepOrExit(child, Math.random() * 1000);
  else {
    await Promise.race([firstAck, exited]);
    await sleepOrExit(child, Math.random() * 150);
  }
  const wasWriting = round.acked.length > 0 && child.exitCode === null;
  child.kill('SIGKILL');
  await exited;
  round.wasKilledWriting = wasWriting && child.signalCode === 'SIGKILL';
  return round;
}

function sleepOrExit(child: ChildProcess, ms: number): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, ms);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
  });
}

describe('station database file under SIGKILL', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir('packline-crash-');
  });
  afterEach(() => temp.remove());

  it(`keeps every acknowledged write through ${killsMidWrite}+ kills, and passes its integrity check`, async () => {
    const path = join(temp.path, 'station.sqlite');
    const backupDir = join(temp.path, 'backups');
    const acked: number[] = [];
    const recoveries: string[] = [];
    const errors: string[] = [];
    let rounds = 0;
    let writingKills = 0;
    // Counted in kills that hit a writing process, so a slow, loaded machine still gets 20 of them.
    while (writingKills < killsMidWrite && rounds < maxRounds) {
      const result = await runAndKill(path, backupDir, rounds % 3 === 2 ? 'anytime' : 'mid-write');
      rounds += 1;
      acked.push(...result.acked);
      recoveries.push(...result.recoveries);
      if (result.errors !== '') errors.push(result.errors);
      if (result.wasKilledWriting) writingKills += 1;
    }

    const db = openDatabaseFile({
      path,
      backupDir,
      clock: createSystemClock(),
      logger: createLogger('crash-test', { level: 'silent' }),
      onRecovery: (event) => recoveries.push(JSON.stringify(event)),
    });
    try {
      const check = quickCheck(db);
      // `id` is an INTEGER PRIMARY KEY: pluck() yields numbers.
      const stored = new Set(db.prepare('SELECT id FROM writes').pluck().all() as number[]);
      const lost = acked.filter((id) => !stored.has(id));
      expect({ check, recoveries, errors, lost, writingKills }).toEqual({
        check: 'ok',
        recoveries: [],
        errors: [],
        lost: [],
        writingKills: killsMidWrite,
      });
    } finally {
      db.close();
    }
  }, 600_000);
});

import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addRxPlugin } from 'rxdb';
import { disableWarnings, RxDBDevModePlugin } from 'rxdb/plugins/dev-mode';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFileTransport, createSpoolerTransport } from '../../src-main/core/printing';
import {
  isAllDone,
  labelRequests,
  openQueueHarness,
  type QueueHarness,
  renderTestLabel,
} from '../helpers/print-queue-harness';
import { makeTempDir } from '../helpers/processes';

// RxDB's dev-mode checks in tests: every write validated against the printJobs schema.
beforeAll(() => {
  disableWarnings();
  addRxPlugin(RxDBDevModePlugin);
});

describe('print queue on the OS spooler and on a file', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let harness: QueueHarness;
  beforeEach(async () => {
    temp = makeTempDir('packline-print-local-');
    // A stand-in for CUPS lp: keeps its arguments and the raw job, answers with a request id.
    const lp = join(temp.path, 'lp');
    writeFileSync(
      lp,
      [
        '#!/bin/sh',
        `echo "$@" >> "${temp.path}/lp-args"`,
        `cat >> "${temp.path}/spool"`,
        `echo "request id is $2-$(wc -l < "${temp.path}/lp-args" | tr -d ' ') (1 file(s))"`,
      ].join('\n'),
    );
    chmodSync(lp, 0o755);
    const lpstat = join(temp.path, 'lpstat');
    writeFileSync(lpstat, '#!/bin/sh\necho "printer $2 is idle.  enabled since Mon 01 Dec 2025 09:00:00"\n');
    chmodSync(lpstat, 0o755);
    harness = await openQueueHarness(temp.path, [
      {
        id: 'slip-printer',
        language: 'escpos',
        transport: createSpoolerTransport({ destination: 'tm-t88', lpCommand: lp, lpstatCommand: lpstat }),
      },
      {
        id: 'label-file',
        language: 'zpl',
        transport: createFileTransport({ path: join(temp.path, 'labels.zpl') }),
      },
    ]);
  });
  afterEach(async () => {
    await harness.close();
    temp.remove();
  });

  it('hands each job to lp -d NAME -o raw in order and keeps the spooler’s request id in the ledger', async () => {
    const jobs = await harness.queue.enqueueMany(labelRequests(3, 'slip-printer'));
    await harness.log.until(isAllDone(3, 'slip-printer'));
    expect(readFileSync(join(temp.path, 'spool'))).toEqual(Buffer.concat(jobs.map(renderTestLabel)));
    expect(readFileSync(join(temp.path, 'lp-args'), 'utf8')).toBe('-d tm-t88 -o raw\n'.repeat(3));
    const ledger = await harness.ledger.recent(10);
    expect(ledger.map((entry) => [entry.jobId, entry.status, entry.reference])).toEqual([
      [jobs[2]!.id, 'done', 'tm-t88-3'],
      [jobs[1]!.id, 'done', 'tm-t88-2'],
      [jobs[0]!.id, 'done', 'tm-t88-1'],
    ]);
  });

  it('appends each job to the file, two copies as two labels', async () => {
    const jobs = await harness.queue.enqueueMany(
      labelRequests(2, 'label-file').map((request, index) => ({ ...request, copies: index + 1 })),
    );
    await harness.log.until(isAllDone(2, 'label-file'));
    const [one, two] = jobs.map(renderTestLabel);
    expect(readFileSync(join(temp.path, 'labels.zpl'))).toEqual(Buffer.concat([one!, two!, two!]));
  });
});

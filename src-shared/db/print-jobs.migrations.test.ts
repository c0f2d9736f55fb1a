import type { RxCollection } from 'rxdb';
import { describe, expect, it } from 'vitest';
import type { PrintJobDocV0 } from './print-jobs-v0.schema';
import { migratePrintJobV0ToV1, printJobsMigrationStrategies } from './print-jobs.migrations';
import { printJobsSchema } from './print-jobs.schema';

function jobV0(status: PrintJobDocV0['status']): PrintJobDocV0 {
  return {
    id: '01JNM0000000000000000000P1',
    printerId: 'zebra-1',
    templateId: 'shipping-label',
    data: { orderId: 'o-1', receiver: '张三' },
    copies: 1,
    status,
    attempts: status === 'queued' ? 0 : 1,
    orderId: 'o-1',
    actorId: 'u-packer',
    createdAt: '2025-03-01T08:00:00.000Z',
    updatedAt: '2025-03-01T08:00:01.000Z',
  };
}

describe('printJobs v0 → v1', () => {
  it('keeps every job as it was, a job caught while sending included', () => {
    const statuses = ['queued', 'sending', 'done', 'failed'] as const;
    expect(statuses.map((status) => migratePrintJobV0ToV1(jobV0(status)))).toEqual(
      statuses.map((status) => jobV0(status)),
    );
  });

  it('asks nothing of a version 0 job that version 0 did not have', () => {
    const v0Fields = Object.keys(jobV0('done')).concat('lastError', 'reprintReason');
    expect(printJobsSchema.required?.filter((field) => !v0Fields.includes(field))).toEqual([]);
    expect(printJobsSchema.properties.status.enum).toEqual(
      expect.arrayContaining(['queued', 'sending', 'done', 'failed']),
    );
  });

  it('is the one strategy RxDB runs for version 1', () => {
    expect(Object.keys(printJobsMigrationStrategies)).toEqual(['1']);
    // The strategy never looks at the collection RxDB passes along.
    const collection = {} as RxCollection;
    expect(printJobsMigrationStrategies[1]?.(jobV0('sending'), collection)).toEqual(jobV0('sending'));
  });
});

import type { MigrationStrategies } from 'rxdb';
import type { PrintJobDocV0 } from './print-jobs-v0.schema';
import type { PrintJobDoc } from './print-jobs.schema';

/**
 * v0 → v1: version 1 only adds optional fields and statuses, so every version 0 job keeps its
 * fields as they are. A job stored as `sending` stays `sending`: the print queue finds it when it
 * starts and shows it as "maybe printed" instead of sending it again.
 */
export function migratePrintJobV0ToV1(doc: PrintJobDocV0): PrintJobDoc {
  return { ...doc };
}

/** Migration strategies of `printJobs`, keyed by the version each one produces. */
export const printJobsMigrationStrategies: MigrationStrategies = {
  // RxDB hands strategies untyped documents; each is what the previous version's schema allowed.
  1: (doc: PrintJobDocV0) => migratePrintJobV0ToV1(doc),
};

import type { RxCollection } from 'rxdb';
import { monotonicFactory } from 'ulid';
import type { ScanLogDoc } from '../../../../src-shared/db';

/** The station's log of received scans. */
export type ScanLogRepo = {
  /** Stores a scan under a fresh ULID and returns it. */
  append(scan: Omit<ScanLogDoc, 'id'>): Promise<ScanLogDoc>;
  /** The newest scans first. */
  recent(limit: number): Promise<ScanLogDoc[]>;
};

/** The scan log repository over `collection`. */
export function createScanLogRepo(collection: RxCollection<ScanLogDoc>): ScanLogRepo {
  const nextUlid = monotonicFactory();
  return {
    async append(scan) {
      const entry: ScanLogDoc = { ...scan, id: nextUlid(Date.parse(scan.at)) };
      await collection.insert(entry);
      return entry;
    },
    async recent(limit) {
      const docs = await collection.find({ sort: [{ at: 'desc' }, { id: 'desc' }], limit }).exec();
      return docs.map((doc) => doc.toMutableJSON());
    },
  };
}

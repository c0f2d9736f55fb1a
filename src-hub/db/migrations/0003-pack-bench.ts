import type { Migration } from './migration';

/**
 * Serials for what allocation hands the pack bench: waybill (tracking) numbers, unique across
 * carriers, and pick-list codes. Sequences, so concurrent allocations never draw the same number
 * and a rolled-back allocation only leaves a gap, never a duplicate. And each warehouse's sender
 * block (name, phone, address as JSON), which its stations print on every waybill.
 */
export const packBench: Migration = {
  version: 3,
  name: 'pack-bench',
  statements: [
    'create sequence waybill_serial as bigint minvalue 1',
    'create sequence pick_list_serial as bigint minvalue 1',
    'alter table warehouses add column ship_from jsonb',
  ],
};

import type { Warehouse } from '../domain';
import type { DemoRegion } from './buyers.tables';

/** Codes of the demo warehouses, the same the hub's demo first start creates. */
export const demoWarehouseCodes = ['SHA', 'CAN', 'CTU'] as const;

/** One of {@link demoWarehouseCodes}. */
export type DemoWarehouseCode = (typeof demoWarehouseCodes)[number];

// Codes, names and zones match the hub's demo plan; the hub makes its own ids (ULIDs), so ids
// here are readable defaults the caller may replace with the hub's.
const demoWarehouseTable: readonly (Warehouse & { readonly code: DemoWarehouseCode })[] = [
  { id: 'wh-sha', code: 'SHA', name: '上海浦东仓', timeZone: 'Asia/Shanghai' },
  { id: 'wh-can', code: 'CAN', name: '广州白云仓', timeZone: 'Asia/Shanghai' },
  { id: 'wh-ctu', code: 'CTU', name: '成都双流仓', timeZone: 'Asia/Shanghai' },
];

const warehouseOfRegion: Readonly<Record<DemoRegion, DemoWarehouseCode>> = {
  east: 'SHA',
  south: 'CAN',
  west: 'CTU',
};

/**
 * The first `count` demo warehouses (SHA, then CAN, then CTU), with ids from `idByCode` where
 * given, e.g. the ids a hub already assigned.
 */
export function demoWarehouses(
  count: number,
  idByCode: Readonly<Partial<Record<DemoWarehouseCode, string>>> = {},
): Warehouse[] {
  return demoWarehouseTable
    .slice(0, count)
    .map((warehouse) => ({ ...warehouse, id: idByCode[warehouse.code] ?? warehouse.id }));
}

/**
 * Routes a region to the id of its warehouse among `warehouses`: east → SHA, south → CAN,
 * west → CTU; a region whose warehouse is not there ships from the first one (SHA).
 */
export function createWarehouseRouter(warehouses: readonly Warehouse[]): (region: DemoRegion) => string {
  const first = warehouses[0];
  if (first === undefined) throw new RangeError('routing needs at least one warehouse');
  const idOfCode = new Map(warehouses.map((warehouse) => [warehouse.code, warehouse.id]));
  const idOfRegion = {
    east: idOfCode.get(warehouseOfRegion.east) ?? first.id,
    south: idOfCode.get(warehouseOfRegion.south) ?? first.id,
    west: idOfCode.get(warehouseOfRegion.west) ?? first.id,
  } satisfies Record<DemoRegion, string>;
  return (region) => idOfRegion[region];
}

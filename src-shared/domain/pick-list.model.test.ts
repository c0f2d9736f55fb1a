import { describe, expect, it } from 'vitest';
import { compareBins, pickListCode, planPickLists } from './pick-list.model';

describe('compareBins', () => {
  it('walks numbers as numbers', () => {
    expect(['A-10-01', 'A-2-01', 'B-01-01', 'A-2-10', 'A-2-9'].sort(compareBins)).toEqual([
      'A-2-01',
      'A-2-9',
      'A-2-10',
      'A-10-01',
      'B-01-01',
    ]);
  });
});

describe('planPickLists', () => {
  it('cuts each warehouse’s orders into lists in bin-walk order', () => {
    const orders = [
      { id: 'o1', warehouseId: 'wh-a', firstBin: 'C-01' },
      { id: 'o2', warehouseId: 'wh-b', firstBin: 'A-01' },
      { id: 'o3', warehouseId: 'wh-a', firstBin: 'A-02' },
      { id: 'o4', warehouseId: 'wh-a', firstBin: 'A-10' },
      { id: 'o5', warehouseId: 'wh-a', firstBin: 'B-01' },
    ];
    expect(planPickLists(orders, 2)).toEqual([
      { warehouseId: 'wh-a', orderIds: ['o3', 'o4'] },
      { warehouseId: 'wh-a', orderIds: ['o5', 'o1'] },
      { warehouseId: 'wh-b', orderIds: ['o2'] },
    ]);
  });

  it('makes no list from no orders', () => {
    expect(planPickLists([])).toEqual([]);
  });
});

describe('pickListCode', () => {
  it('prints the business date and a four-digit serial', () => {
    expect([pickListCode('2026-12-02', 42), pickListCode('2026-12-02', 12345)]).toEqual([
      'PL-20261202-0042',
      'PL-20261202-12345',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Role } from '../features/auth';
import { checkAuthority, mayIssue } from './command-authority';
import { type CommandType, commandTypes } from './command.contract';
import { buildActor, buildCommand, buildOrder } from './testing';

const packerCommands: readonly CommandType[] = [
  'item.scanned',
  'order.packed',
  'label.printed',
  'parcel.shipped',
  'exception.reported',
];
const clerkCommands: readonly CommandType[] = [
  'exception.reported',
  'order.held',
  'order.released',
  'order.addressEdited',
  'order.cancelled',
];

function issuable(role: Role): CommandType[] {
  return commandTypes.filter((type) => mayIssue(role, type));
}

describe('who may issue which command', () => {
  it('gives packers the bench, clerks the desk, supervisors and admins everything', () => {
    expect({
      packer: issuable('packer'),
      clerk: issuable('clerk'),
      supervisor: issuable('supervisor'),
      admin: issuable('admin'),
    }).toEqual({
      packer: packerCommands,
      clerk: clerkCommands,
      supervisor: commandTypes,
      admin: commandTypes,
    });
  });

  const cancel = buildCommand('order.cancelled', { orderId: 'order-1', reason: 'buyer asked' });
  const scan = buildCommand('item.scanned', { orderId: 'order-1', skuId: 'sku-tea', qty: 1 });

  it('refuses a packer who cancels an order, naming the action', () => {
    expect(checkAuthority(cancel, buildActor('packer'), buildOrder())).toEqual({
      code: 'forbidden_role',
      message: 'A packer may not cancel orders (order.cancelled)',
    });
  });

  it('refuses a clerk who scans items, even without the order at hand', () => {
    expect(checkAuthority(scan, buildActor('clerk'), null)).toEqual({
      code: 'forbidden_role',
      message: 'A clerk may not scan items (item.scanned)',
    });
  });

  it('refuses an actor of another warehouse', () => {
    expect(checkAuthority(scan, buildActor('packer', 'wh-bj'), buildOrder())).toEqual({
      code: 'wrong_warehouse',
      message: 'Order TB20261202001 belongs to warehouse wh-sha, not to wh-bj',
    });
  });

  it('lets an actor without a warehouse scope act in every warehouse', () => {
    expect(
      checkAuthority(cancel, buildActor('admin', null), buildOrder({ warehouseId: 'wh-bj' })),
    ).toBeNull();
  });

  it('lets an actor act in their own warehouse', () => {
    expect(checkAuthority(scan, buildActor('packer'), buildOrder())).toBeNull();
    expect(checkAuthority(cancel, buildActor('supervisor'), buildOrder())).toBeNull();
  });

  it('checks the role before the warehouse', () => {
    expect(checkAuthority(cancel, buildActor('packer', 'wh-bj'), buildOrder())?.code).toBe('forbidden_role');
  });
});

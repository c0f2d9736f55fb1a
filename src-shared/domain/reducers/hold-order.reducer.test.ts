import { describe, expect, it } from 'vitest';
import { applyCommand } from '../apply-command';
import type { HoldReason } from '../order.model';
import {
  buildActor,
  buildCommand,
  buildContext,
  buildHold,
  buildOrderIn,
  testCommandId,
  testNow,
} from '../testing';

const clerk = buildContext(buildActor('clerk'));

function held(n: number, reason: HoldReason = 'address_unclear', note = 'near the market?') {
  return buildCommand('order.held', { orderId: 'order-1', reason, note }, { id: testCommandId(n) });
}

function released(holdId: string) {
  return buildCommand('order.released', { orderId: 'order-1', holdId });
}

describe('order.held', () => {
  it('holds an order under the command id, by the clerk, now', () => {
    const order = buildOrderIn('allocated');
    expect(applyCommand(order, held(1), clerk)).toEqual({
      ok: true,
      order: {
        ...order,
        holds: [
          {
            id: testCommandId(1),
            reason: 'address_unclear',
            note: 'near the market?',
            by: 'user-clerk',
            at: testNow,
          },
        ],
        appliedCommandIds: [testCommandId(1)],
        updatedAt: testNow,
      },
      effects: [],
    });
  });

  it('stacks two holds with the same reason, and adds each command once', () => {
    const first = applyCommand(buildOrderIn('packed'), held(1), clerk);
    const second = first.ok ? applyCommand(first.order, held(2), clerk) : first;
    const again = second.ok ? applyCommand(second.order, held(2), clerk) : second;
    expect(again.ok && again.order?.holds.map((hold) => [hold.id, hold.reason])).toEqual([
      [testCommandId(1), 'address_unclear'],
      [testCommandId(2), 'address_unclear'],
    ]);
  });

  it('refuses shipped, cancelled and unknown orders, and a packer', () => {
    expect(applyCommand(buildOrderIn('shipped'), held(1), clerk)).toEqual({
      ok: false,
      code: 'order_shipped',
      message: 'Order TB20261202001 has already shipped',
    });
    expect(applyCommand(buildOrderIn('cancelled'), held(1), clerk)).toMatchObject({
      code: 'order_cancelled',
    });
    expect(applyCommand(null, held(1), clerk)).toMatchObject({ code: 'order_not_found' });
    expect(applyCommand(buildOrderIn('allocated'), held(1), buildContext(buildActor('packer')))).toEqual({
      ok: false,
      code: 'forbidden_role',
      message: 'A packer may not hold orders (order.held)',
    });
  });
});

describe('order.released', () => {
  it('removes one hold and leaves the others on', () => {
    const keep = buildHold({ id: 'h2', reason: 'fraud_review' });
    const order = buildOrderIn('picking', { holds: [buildHold({ id: 'h1' }), keep] });
    const release = released('h1');
    expect(applyCommand(order, release, clerk)).toEqual({
      ok: true,
      order: { ...order, holds: [keep], appliedCommandIds: [release.id], updatedAt: testNow },
      effects: [],
    });
  });

  it('refuses a hold the order does not have', () => {
    expect(applyCommand(buildOrderIn('picking'), released('h1'), clerk)).toEqual({
      ok: false,
      code: 'hold_not_found',
      message: 'Order TB20261202001 has no hold h1; it may have been released already',
    });
  });

  it('refuses cancelled and unknown orders, and a packer', () => {
    const cancelled = buildOrderIn('cancelled', { holds: [buildHold({ id: 'h1' })] });
    expect(applyCommand(cancelled, released('h1'), clerk)).toMatchObject({ code: 'order_cancelled' });
    expect(applyCommand(buildOrderIn('shipped'), released('h1'), clerk)).toMatchObject({
      code: 'order_shipped',
    });
    expect(applyCommand(null, released('h1'), clerk)).toMatchObject({ code: 'order_not_found' });
    const order = buildOrderIn('picking', { holds: [buildHold({ id: 'h1' })] });
    expect(applyCommand(order, released('h1'), buildContext(buildActor('packer')))).toMatchObject({
      code: 'forbidden_role',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { orderStatuses } from '../order.model';
import { testCommandId } from './command-builder';
import { buildOrder, buildOrderIn } from './order-builder';

describe('order builder', () => {
  it('starts every test order, in every status, with no commands applied to it', () => {
    expect(buildOrder().appliedCommandIds).toEqual([]);
    expect(orderStatuses.map((status) => [status, buildOrderIn(status).appliedCommandIds])).toEqual(
      orderStatuses.map((status) => [status, []]),
    );
  });

  it('takes the applied commands a test gives it', () => {
    const applied = [testCommandId(1), testCommandId(2)];
    expect(buildOrderIn('picking', { appliedCommandIds: applied }).appliedCommandIds).toEqual(applied);
  });
});

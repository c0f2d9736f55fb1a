import { describe, expect, it } from 'vitest';
import type { Role } from '../../../src-shared/features/auth';
import type { StationStatus as HubStation } from '../../../src-shared/hub-api';
import { createManualClock } from '../clock/testing/manual-clock';
import type { CallerContext } from '../bridge';
import type { HubClient } from '../hub-link';
import { createSessionStore } from './session-store';
import { createStationsHandlers } from './stations.handlers';

const lost: HubStation = {
  id: 'DESK-02',
  name: 'Desk 2',
  warehouseId: 'wh-sha',
  lastSeenAt: null,
  clockOffsetMs: null,
  hasClockAlert: false,
  isConnected: false,
  revokedAt: null,
};

/** Handlers over a hub that records which token asked; one caller signed in as `role`. */
function setUp(role: Role, method: 'password' | 'badge') {
  const clock = createManualClock(Date.parse('2026-12-03T09:00:00.000Z'));
  const sessions = createSessionStore(clock);
  const asked: string[] = [];
  const hubClient: HubClient = {
    signIn: () => Promise.reject(new Error('not used')),
    me: () => Promise.reject(new Error('not used')),
    stations: (token) => {
      asked.push(`list ${token}`);
      return Promise.resolve({ stations: [lost] });
    },
    revokeStation: (token, stationId) => {
      asked.push(`revoke ${stationId} ${token}`);
      return Promise.resolve({ ...lost, revokedAt: '2026-12-03T09:00:00.000Z' });
    },
  };
  sessions.set('caller-1', {
    user: { id: `u-${role}`, username: role, displayName: role, role, warehouseId: null },
    method,
    ...(method === 'password' ? { hubToken: 'hub-token-1' } : {}),
    signedInAt: '2026-12-03T08:00:00.000Z',
    expiresAt: '2026-12-03T20:00:00.000Z',
    hasPin: false,
    isLocked: false,
  });
  const handlers = createStationsHandlers({ hubClient, sessions });
  const caller: CallerContext = { sessionId: 'caller-1' };
  return { handlers, caller, asked };
}

describe('the station directory handlers', () => {
  it('ask the hub with the signed-in admin’s own token', async () => {
    const { handlers, caller, asked } = setUp('admin', 'password');
    const listed = await handlers['stations.list']({}, caller);
    const revoked = await handlers['stations.revoke']({ stationId: 'DESK-02' }, caller);
    expect({ listed: listed.stations.length, revoked: revoked.revokedAt, asked }).toEqual({
      listed: 1,
      revoked: '2026-12-03T09:00:00.000Z',
      asked: ['list hub-token-1', 'revoke DESK-02 hub-token-1'],
    });
  });

  it('turn away a badge sign-in with what to do, and a packer, without asking the hub', async () => {
    const badge = setUp('supervisor', 'badge');
    const packer = setUp('packer', 'password');
    await expect(badge.handlers['stations.list']({}, badge.caller)).rejects.toMatchObject({
      code: 'unauthorized',
      message: 'Sign in with your password to manage the stations: a badge sign-in does not reach the hub.',
    });
    await expect(
      packer.handlers['stations.revoke']({ stationId: 'DESK-02' }, packer.caller),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect([...badge.asked, ...packer.asked]).toEqual([]);
  });
});

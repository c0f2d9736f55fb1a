import { describe, expect, it } from 'vitest';
import { demoPlan, productionPlan, randomPassword } from './first-users';

describe('first start plans', () => {
  it('give a production hub one warehouse and an admin with a random password', () => {
    const plan = productionPlan('Europe/Berlin');

    expect(plan.warehouses).toEqual([{ code: 'MAIN', name: 'Main warehouse', timeZone: 'Europe/Berlin' }]);
    const password = plan.users[0]?.password ?? '';
    expect(plan.users).toEqual([
      { username: 'admin', password, displayName: 'Administrator', role: 'admin', warehouseCode: null },
    ]);
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(productionPlan('UTC').users[0]?.password).not.toBe(plan.users[0]?.password);
  });

  it('give a demo hub one person per role, scoping packer and clerk to Shanghai', () => {
    const plan = demoPlan();

    expect(plan.warehouses.map((w) => `${w.code} ${w.name} ${w.timeZone}`)).toEqual([
      'SHA 上海浦东仓 Asia/Shanghai',
      'CAN 广州白云仓 Asia/Shanghai',
      'CTU 成都双流仓 Asia/Shanghai',
    ]);
    expect(plan.users.map((u) => [u.username, u.role, u.warehouseCode, u.password])).toEqual([
      ['admin', 'admin', null, 'packline'],
      ['supervisor', 'supervisor', null, 'packline'],
      ['clerk', 'clerk', 'SHA', 'packline'],
      ['packer', 'packer', 'SHA', 'packline'],
    ]);
  });

  it('give the demo packer and supervisor bench badges, and a production hub none', () => {
    expect(demoPlan().badges).toEqual([
      { username: 'packer', badgeCode: 'BADGE-1001', pin: '1234' },
      { username: 'supervisor', badgeCode: 'BADGE-1002', pin: '5678' },
    ]);
    expect(productionPlan('UTC').badges).toEqual([]);
  });

  it('make passwords without look-alike characters', () => {
    const text = Array.from({ length: 50 }, () => randomPassword()).join('');

    expect(text).not.toMatch(/[01ilo]/);
  });
});

import { randomInt } from 'node:crypto';
import type { Address, ShipFrom } from '../../../src-shared/domain';
import type { Role } from '../../../src-shared/features/auth';

/** A warehouse created on first start. */
export type FirstWarehouse = {
  readonly code: string;
  readonly name: string;
  readonly timeZone: string;
  readonly shipFrom?: ShipFrom;
};

/** A user created on first start, with the initial password to tell the operator once. */
export type CreatedUser = {
  readonly username: string;
  readonly password: string;
  readonly displayName: string;
  readonly role: Role;
  /** `null`: every warehouse. */
  readonly warehouseCode: string | null;
};

/** A badge and PIN for bench sign-in, given to a user of the same plan. */
export type FirstBadge = { readonly username: string; readonly badgeCode: string; readonly pin: string };

/** What a first start creates. */
export type FirstStartPlan = {
  readonly warehouses: readonly FirstWarehouse[];
  readonly users: readonly CreatedUser[];
  readonly badges: readonly FirstBadge[];
};

/**
 * Badges of the demo: the packer, and the supervisor (who may pack too), so "switch user" at a
 * bench can be tried. Listed in the README's demo section.
 */
export const demoBadges: readonly FirstBadge[] = [
  { username: 'packer', badgeCode: 'BADGE-1001', pin: '1234' },
  { username: 'supervisor', badgeCode: 'BADGE-1002', pin: '5678' },
];

/** The password of every demo user; a demo hub is for trying things out, not for real orders. */
export const demoPassword = 'packline';

/**
 * Demo hub: three warehouses and one person per role, the packer and clerk in Shanghai. All of
 * mainland China runs on Asia/Shanghai time.
 */
export function demoPlan(): FirstStartPlan {
  return {
    warehouses: [
      {
        code: 'SHA',
        name: '上海浦东仓',
        timeZone: 'Asia/Shanghai',
        shipFrom: demoShipFrom('Packline 上海浦东仓', '021-58881234', {
          province: '上海市',
          city: '上海市',
          district: '浦东新区',
          detail: '航头镇航都路 18 号 3 号库',
        }),
      },
      {
        code: 'CAN',
        name: '广州白云仓',
        timeZone: 'Asia/Shanghai',
        shipFrom: demoShipFrom('Packline 广州白云仓', '020-36661234', {
          province: '广东省',
          city: '广州市',
          district: '白云区',
          detail: '太和镇大源北路 88 号 B 栋',
        }),
      },
      {
        code: 'CTU',
        name: '成都双流仓',
        timeZone: 'Asia/Shanghai',
        shipFrom: demoShipFrom('Packline 成都双流仓', '028-85771234', {
          province: '四川省',
          city: '成都市',
          district: '双流区',
          detail: '西航港大道 2666 号 5 号库',
        }),
      },
    ],
    users: [
      {
        username: 'admin',
        password: demoPassword,
        displayName: '系统管理员',
        role: 'admin',
        warehouseCode: null,
      },
      {
        username: 'supervisor',
        password: demoPassword,
        displayName: '王主管',
        role: 'supervisor',
        warehouseCode: null,
      },
      {
        username: 'clerk',
        password: demoPassword,
        displayName: '李文员',
        role: 'clerk',
        warehouseCode: 'SHA',
      },
      {
        username: 'packer',
        password: demoPassword,
        displayName: '张师傅',
        role: 'packer',
        warehouseCode: 'SHA',
      },
    ],
    badges: demoBadges,
  };
}

/**
 * Production hub: one warehouse in the hub machine's time zone and an `admin` with a random
 * password, shown once to the operator who started the hub.
 */
export function productionPlan(timeZone: string): FirstStartPlan {
  return {
    warehouses: [{ code: 'MAIN', name: 'Main warehouse', timeZone }],
    users: [
      {
        username: 'admin',
        password: randomPassword(),
        displayName: 'Administrator',
        role: 'admin',
        warehouseCode: null,
      },
    ],
    badges: [],
  };
}

// No 0/o, 1/l/i: the password is read off a terminal and typed on a scanner-station keyboard.
const passwordAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/** 16 characters in groups of four (~78 bits), e.g. `k7dq-m2xa-9wne-tf4h`. */
export function randomPassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => passwordAlphabet[randomInt(passwordAlphabet.length)]).join(''),
  );
  return groups.join('-');
}

function demoShipFrom(name: string, phone: string, address: Address): ShipFrom {
  return { name, phone, address };
}

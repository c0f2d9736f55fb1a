import { holdReasons, type Order } from '../../src-shared/domain';
import { unreachable } from '../../src-shared/errors';
import type { Role } from '../../src-shared/features/auth';
import type { IssueCommand } from '../../src-shared/features/orders';
import type { ChaosRandom } from './chaos-random';

/**
 * One `commands.issue` of the plan. A release names the hold by the plan's key for it: the hold's
 * id is the id of the command that placed it, known only once that command was issued.
 */
export type PlannedStep =
  | { readonly kind: 'command'; readonly input: IssueCommand; readonly holdKey?: string }
  | { readonly kind: 'release'; readonly orderId: string; readonly holdKey: string };

/** What the plan tracks per warehouse while it writes the stations' steps. */
export type WarehouseWork = {
  readonly orders: readonly Order[];
  /** Allocated orders, shuffled. */
  readonly allocated: readonly Order[];
  /** Each bench's own queue of allocated orders. */
  readonly partitions: Order[][];
  /** Orders benches started lately: where desks mostly act, so desks and benches collide. */
  readonly hot: Order[];
  /** Holds planned in earlier rounds and not yet planned for release. */
  readonly holds: PlannedHold[];
  /** Shared by every warehouse, so keys and tracking numbers are unique in the run. */
  readonly counters: { holdKeys: number; trackingNos: number; round: number };
};

/** A hold the plan placed, and the round it is issued in. */
export type PlannedHold = { readonly orderId: string; readonly holdKey: string; readonly round: number };

const carriers = ['SF', 'ZTO', 'YTO', 'JD'] as const;

const districts = [
  { province: '上海市', city: '上海市', district: '浦东新区' },
  { province: '江苏省', city: '苏州市', district: '工业园区' },
  { province: '广东省', city: '广州市', district: '天河区' },
  { province: '广东省', city: '深圳市', district: '南山区' },
] as const;

/**
 * A packer's work on one order: scan every unit (sometimes a case scan of a whole line), pack,
 * print the label, scan the parcel out. Mistakes people make are mixed in, each refused
 * somewhere: a SKU not in the order, an over-scan, packing early, a second label, the wrong
 * parcel, a damage report that holds the order, a desk action a packer may not take. Some orders
 * are left half done.
 */
export function benchScript(
  random: ChaosRandom,
  order: Order,
  role: Role,
  work: WarehouseWork,
  skuIds: readonly string[],
): PlannedStep[] {
  const orderId = order.id;
  const scans: PlannedStep[] = [];
  const units = new Map<string, number>();
  for (const line of order.lines) units.set(line.skuId, (units.get(line.skuId) ?? 0) + line.qty);
  for (const [skuId, qty] of units) {
    if (qty > 1 && random.chance(0.3))
      scans.push(issue({ type: 'item.scanned', payload: { orderId, skuId, qty } }));
    else for (let unit = 0; unit < qty; unit++) scans.push(scan(orderId, skuId));
  }
  const steps: PlannedStep[] = [];
  if (random.chance(0.04)) {
    const stranger = skuIds.find((skuId) => !units.has(skuId));
    if (stranger !== undefined) steps.push(scan(orderId, stranger));
  }
  if (role === 'packer' && random.chance(0.03)) steps.push(hold(random, work, orderId));
  if (scans.length > 1 && random.chance(0.05))
    scans.splice(random.int(1, scans.length - 1), 0, pack(orderId));
  steps.push(...scans);
  const [firstSku] = units.keys();
  if (firstSku !== undefined && random.chance(0.06)) steps.push(scan(orderId, firstSku));
  if (random.chance(0.05)) steps.push(exception(random, work, orderId, 'damaged', firstSku));
  if (random.chance(0.08)) return steps;
  steps.push(pack(orderId));
  if (random.chance(0.04)) steps.push(pack(orderId));
  const carrier = random.pick(carriers);
  const trackingNo = `${carrier}${String(++work.counters.trackingNos).padStart(6, '0')}${random.int(100, 999)}`;
  steps.push(label(orderId, carrier, trackingNo));
  if (random.chance(0.08)) steps.push(label(orderId, carrier, trackingNo));
  if (random.chance(0.04)) steps.push(label(orderId, carrier, `${trackingNo}X`));
  if (random.chance(0.04)) steps.push(ship(orderId, `${trackingNo}W`));
  if (random.chance(0.06)) return steps;
  steps.push(ship(orderId, trackingNo));
  return steps;
}

/**
 * One desk action: hold, release a planned hold, correct an address, cancel, report an
 * exception, or a mistake (releasing a hold that is not there; a clerk scanning). Two in three
 * land on an order a bench works right now.
 */
export function deskStep(random: ChaosRandom, role: Role, work: WarehouseWork): PlannedStep {
  const order = work.hot.length > 0 && random.chance(0.65) ? random.pick(work.hot) : random.pick(work.orders);
  const orderId = order.id;
  const action = random.weighted({
    hold: 24,
    release: 30,
    address: 16,
    cancel: 6,
    noSuchOrder: 5,
    shortPick: 4,
    missingHold: 4,
    scan: 4,
  });
  switch (action) {
    case 'hold':
      return hold(random, work, orderId);
    case 'release': {
      // Only holds of earlier rounds: stations of one round run at the same time.
      const ready = work.holds.filter((planned) => planned.round < work.counters.round);
      if (ready.length === 0) return issue({ type: 'order.released', payload: { orderId, holdId: 'none' } });
      const planned = random.pick(ready);
      work.holds.splice(work.holds.indexOf(planned), 1);
      return { kind: 'release', orderId: planned.orderId, holdKey: planned.holdKey };
    }
    case 'address':
      return issue({ type: 'order.addressEdited', payload: { orderId, address: address(random) } });
    case 'cancel':
      return issue({ type: 'order.cancelled', payload: { orderId, reason: 'buyer asked for a refund' } });
    case 'noSuchOrder':
      return issue({
        type: 'exception.reported',
        payload: { kind: 'no_such_order', scannedCode: `LP${random.int(100000, 999999)}`, note: '' },
      });
    case 'shortPick':
      return exception(random, work, orderId, 'short_pick', order.lines[0]?.skuId);
    case 'missingHold':
      return issue({ type: 'order.released', payload: { orderId, holdId: `gone-${random.int(1, 1e6)}` } });
    case 'scan': {
      // A clerk may not scan (refused at the desk); a supervisor's scan competes with the bench.
      const skuId = order.lines[0]?.skuId ?? 'none';
      return scan(orderId, skuId);
    }
    default:
      return unreachable(action);
  }
}

function issue(input: IssueCommand, holdKey?: string): PlannedStep {
  return holdKey === undefined ? { kind: 'command', input } : { kind: 'command', input, holdKey };
}

function scan(orderId: string, skuId: string): PlannedStep {
  return issue({ type: 'item.scanned', payload: { orderId, skuId, qty: 1 } });
}

function pack(orderId: string): PlannedStep {
  return issue({ type: 'order.packed', payload: { orderId } });
}

function label(orderId: string, carrier: string, trackingNo: string): PlannedStep {
  return issue({ type: 'label.printed', payload: { orderId, carrier, trackingNo } });
}

function ship(orderId: string, trackingNo: string): PlannedStep {
  return issue({ type: 'parcel.shipped', payload: { orderId, trackingNo } });
}

function hold(random: ChaosRandom, work: WarehouseWork, orderId: string): PlannedStep {
  const holdKey = newHoldKey(work);
  const reason = random.pick(holdReasons);
  return issue({ type: 'order.held', payload: { orderId, reason, note: `chaos ${holdKey}` } }, holdKey);
}

function exception(
  random: ChaosRandom,
  work: WarehouseWork,
  orderId: string,
  kind: 'damaged' | 'short_pick',
  skuId: string | undefined,
): PlannedStep {
  const holdKey = newHoldKey(work);
  const note = random.chance(0.5) ? '' : `box ${random.int(1, 40)}`;
  return issue(
    {
      type: 'exception.reported',
      payload: { kind, orderId, ...(skuId === undefined ? {} : { skuId }), note },
    },
    holdKey,
  );
}

/** A key for a new hold; the plan files the hold for release once its step is taken into a round. */
function newHoldKey(work: WarehouseWork): string {
  return `h${++work.counters.holdKeys}`;
}

function address(random: ChaosRandom) {
  return { ...random.pick(districts), detail: `${random.int(1, 999)} 号 ${random.int(1, 30)} 栋` };
}

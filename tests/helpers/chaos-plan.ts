import type { Order } from '../../src-shared/domain';
import type { Role } from '../../src-shared/features/auth';
import type { IssueCommand } from '../../src-shared/features/orders';
import { benchScript, deskStep, type PlannedStep, type WarehouseWork } from './chaos-steps';
import type { CutMode } from './chaos-proxy';
import { type ChaosRandom, createChaosRandom } from './chaos-random';

export type { PlannedStep } from './chaos-steps';

/** A station as the plan sees it: what kind of work its person does, and where. */
export type PlanStation = {
  readonly name: string;
  readonly work: 'desk' | 'bench';
  readonly role: Role;
  readonly warehouseId: string;
};

/** Something done to the network or the hub before a round's commands. */
export type FaultEvent =
  | { readonly kind: 'cut'; readonly station: number; readonly mode: CutMode }
  | { readonly kind: 'heal'; readonly station: number }
  /** Stops and starts the station's process (link cut meanwhile), heals the link, signs in again. */
  | { readonly kind: 'stationRestart'; readonly station: number }
  | { readonly kind: 'hubStop' }
  | { readonly kind: 'hubStart' };

/** One round: faults first, then each station's steps (stations in parallel, steps in order). */
export type ChaosRound = {
  readonly faults: readonly FaultEvent[];
  readonly steps: readonly (readonly PlannedStep[])[];
};

/** The whole run, decided up front from the seed and the hub's initial orders. */
export type ChaosPlan = { readonly rounds: readonly ChaosRound[]; readonly stepCount: number };

export type ChaosPlanOptions = {
  readonly seed: number;
  readonly stations: readonly PlanStation[];
  /** Every order of the hub at the start, before any command. */
  readonly orders: readonly Order[];
  readonly skuIds: readonly string[];
  /** Steps to plan in total (each step is one `commands.issue`). */
  readonly targetSteps: number;
  readonly hubRestarts: number;
};

/**
 * Plans a run: per round each station takes one to three steps, benches working their orders
 * through scan → pack → label → ship, desks holding, releasing, editing and cancelling, mostly on
 * the orders the benches work right now, so the two collide. Then link cuts, hub restarts and one
 * station restart are spread over the rounds. Pure: the same options give the same plan.
 */
export function planChaos(options: ChaosPlanOptions): ChaosPlan {
  const random = createChaosRandom(options.seed);
  const counters = { holdKeys: 0, trackingNos: 0, round: 0 };
  const works = new Map<string, WarehouseWork>();
  const workOf = (warehouseId: string): WarehouseWork => {
    let work = works.get(warehouseId);
    if (work === undefined) {
      work = newWarehouseWork(random, warehouseId, options, counters);
      works.set(warehouseId, work);
    }
    return work;
  };
  const queues = options.stations.map(() => [] as PlannedStep[]);
  const slots = benchSlots(options.stations);
  const steps: PlannedStep[][][] = [];
  let stepCount = 0;
  while (stepCount < options.targetSteps) {
    counters.round = steps.length;
    const round = options.stations.map((station, index) => {
      const taken: PlannedStep[] = [];
      const work = workOf(station.warehouseId);
      for (let count = random.int(1, 3); count > 0; count--) {
        const queue = queues[index] ?? [];
        taken.push(nextStep(random, station, slots[index] ?? 0, work, queue, options.skuIds));
      }
      return taken;
    });
    stepCount += round.reduce((sum, taken) => sum + taken.length, 0);
    steps.push(round);
  }
  const faults = planFaults(random, steps.length, options.stations.length, options.hubRestarts);
  return { rounds: steps.map((round, index) => ({ faults: faults[index] ?? [], steps: round })), stepCount };
}

function newWarehouseWork(
  random: ChaosRandom,
  warehouseId: string,
  options: ChaosPlanOptions,
  counters: WarehouseWork['counters'],
): WarehouseWork {
  const orders = options.orders.filter((order) => order.warehouseId === warehouseId);
  const benches = options.stations.filter(
    (station) => station.warehouseId === warehouseId && station.work === 'bench',
  );
  const allocated = random.shuffle(orders.filter((order) => order.status === 'allocated'));
  return {
    orders,
    partitions: benches.map((_, bench) =>
      allocated.filter((_order, index) => index % benches.length === bench),
    ),
    allocated,
    hot: [],
    holds: [],
    counters,
  };
}

/** The step a station takes next; `queue` holds the rest of a bench's current order. */
function nextStep(
  random: ChaosRandom,
  station: PlanStation,
  slot: number,
  work: WarehouseWork,
  queue: PlannedStep[],
  skuIds: readonly string[],
): PlannedStep {
  let step: PlannedStep | undefined;
  // A supervisor at a bench also does desk work now and then.
  if (station.work === 'desk' || (station.role === 'supervisor' && random.chance(0.08))) {
    step = deskStep(random, station.role, work);
  } else {
    if (queue.length === 0) {
      queue.push(...benchScript(random, nextBenchOrder(random, slot, work), station.role, work, skuIds));
    }
    step = queue.shift();
  }
  if (step === undefined) throw new Error('a bench script is never empty');
  if (step.kind === 'command' && step.holdKey !== undefined) {
    work.holds.push({ orderId: commandOrderOf(step), holdKey: step.holdKey, round: work.counters.round });
  }
  return step;
}

function commandOrderOf(step: Extract<PlannedStep, { kind: 'command' }>): string {
  const orderId = 'orderId' in step.input.payload ? step.input.payload.orderId : undefined;
  if (orderId === undefined) throw new Error('a hold names its order');
  return orderId;
}

/** Each bench's place among the benches of its warehouse, in station order (desks get 0). */
function benchSlots(stations: readonly PlanStation[]): number[] {
  const seen = new Map<string, number>();
  return stations.map((station) => {
    if (station.work !== 'bench') return 0;
    const slot = seen.get(station.warehouseId) ?? 0;
    seen.set(station.warehouseId, slot + 1);
    return slot;
  });
}

/**
 * The bench's next order: its own partition in turn, sometimes one of another bench's (two
 * benches on one order collide), and random allocated orders once its partition is done.
 */
function nextBenchOrder(random: ChaosRandom, bench: number, work: WarehouseWork): Order {
  const own = work.partitions[bench] ?? [];
  const others = work.partitions.filter((_, index) => index !== bench && work.partitions.length > 1);
  let order: Order | undefined;
  if (others.length > 0 && random.chance(0.12)) {
    const other = random.pick(others);
    if (other.length > 0) order = random.pick(other);
  }
  order ??= own.shift() ?? random.pick(work.allocated.length > 0 ? work.allocated : work.orders);
  work.hot.push(order);
  if (work.hot.length > 12) work.hot.shift();
  return order;
}

/**
 * Hub restarts spread evenly, each down for 4–10 rounds; one station cut and then restarted
 * (process stopped and started on its folder, its person signing in again) halfway, so commands
 * wait in its outbox across the restart; and per station, cuts that start with a small chance
 * each round and last 4–24 rounds, at least one per station. Returns the faults by round.
 */
function planFaults(
  random: ChaosRandom,
  rounds: number,
  stations: number,
  hubRestarts: number,
): FaultEvent[][] {
  const byRound: FaultEvent[][] = Array.from({ length: rounds }, () => []);
  const at = (round: number) => byRound[Math.max(0, Math.min(round, rounds - 1))] ?? [];
  for (let restart = 1; restart <= hubRestarts; restart++) {
    const start = Math.floor((rounds * restart) / (hubRestarts + 1)) + random.int(-3, 3);
    at(start).push({ kind: 'hubStop' });
    at(start + random.int(4, 10)).push({ kind: 'hubStart' });
  }
  const restarted = random.int(0, stations - 1);
  const restartAt = Math.floor(rounds / 2) + random.int(-5, 5);
  at(restartAt - 4).push({ kind: 'cut', station: restarted, mode: 'refuse' });
  at(restartAt).push({ kind: 'stationRestart', station: restarted });
  for (let station = 0; station < stations; station++) {
    const busy = station === restarted ? { from: restartAt - 5, to: restartAt + 1 } : null;
    planCuts(random, station, rounds, busy, at);
  }
  return byRound;
}

const cutModes: Readonly<Record<CutMode, number>> = { refuse: 5, reset: 2, swallow: 3 };

/** Random cuts of one station's link, none overlapping `busy`; at least one when `busy` is null. */
function planCuts(
  random: ChaosRandom,
  station: number,
  rounds: number,
  busy: { readonly from: number; readonly to: number } | null,
  at: (round: number) => FaultEvent[],
): void {
  let healAt = -1;
  let cuts = 0;
  for (let round = 1; round < rounds - 2; round++) {
    if (round <= healAt || !random.chance(0.025)) continue;
    const heal = round + random.int(4, 24);
    const mode = random.weighted(cutModes);
    if (busy !== null && round <= busy.to && heal >= busy.from) continue;
    healAt = heal;
    at(round).push({ kind: 'cut', station, mode });
    if (healAt < rounds) at(healAt).push({ kind: 'heal', station });
    cuts += 1;
  }
  if (cuts === 0 && busy === null) {
    const round = random.int(1, Math.max(1, rounds - 30));
    at(round).push({ kind: 'cut', station, mode: random.weighted(cutModes) });
    at(round + random.int(4, 24)).push({ kind: 'heal', station });
  }
}

/** The command a step issues, once a release knows which hold it names. */
export function inputOf(step: PlannedStep, holdIds: ReadonlyMap<string, string>): IssueCommand {
  if (step.kind === 'command') return step.input;
  // A hold that was refused at its own station never got an id: release a hold that is not there.
  const holdId = holdIds.get(step.holdKey) ?? `missing-${step.holdKey}`;
  return { type: 'order.released', payload: { orderId: step.orderId, holdId } };
}

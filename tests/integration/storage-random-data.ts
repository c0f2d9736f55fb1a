// Random documents and Mango queries for the storage differential test, all drawn from one seeded
// generator so a failing seed replays exactly.
import {
  fillWithDefaultSettings,
  type MangoQuery,
  type MangoQuerySelector,
  type RxDocumentData,
  type RxJsonSchema,
} from 'rxdb';

export type Item = {
  id: string;
  name: string;
  tag?: string;
  score: number;
  qty: number;
  active: boolean;
  nested: { level: number; label?: string | null };
  big?: number;
  note: string | null;
};

export const itemSchema: RxJsonSchema<RxDocumentData<Item>> = fillWithDefaultSettings<Item>({
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 24 },
    name: { type: 'string', maxLength: 16 },
    tag: { type: 'string', maxLength: 8 },
    score: { type: 'number', minimum: -1_000_000, maximum: 1_000_000, multipleOf: 0.01 },
    qty: { type: 'integer', minimum: 0, maximum: 1000, multipleOf: 1 },
    active: { type: 'boolean' },
    nested: {
      type: 'object',
      properties: {
        level: { type: 'integer', minimum: 0, maximum: 9, multipleOf: 1 },
        label: { type: ['string', 'null'] },
      },
    },
    big: { type: 'number' },
    note: { type: ['string', 'null'] },
  },
  required: ['id', 'name', 'score', 'qty', 'active', 'nested', 'note'],
  indexes: ['name', ['tag', 'score'], 'qty', ['active', 'name'], ['nested.level', 'qty'], 'score'],
});

/** A small deterministic generator (mulberry32). */
export type Random = {
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(values: readonly T[]): T;
  chance(probability: number): boolean;
};

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (maxExclusive) => Math.floor(next() * maxExclusive),
    pick: (values) => values[Math.floor(next() * values.length)] as (typeof values)[number],
    chance: (probability) => next() < probability,
  };
}

// Pieces that stress ordering: CJK, emoji (surrogate pairs), code units above the surrogates,
// accents, case, digits, spaces and the empty string.
const pieces = [
  '',
  'a',
  'A',
  'b',
  'z',
  '0',
  '9',
  ' ',
  'é',
  'Zoë',
  '中',
  '文',
  '仓库',
  '张伟',
  '😀',
  '🎉',
  '📦',
  '\uE000',
  '\uFF21',
  'x-y',
  '_',
];
const tags = ['red', 'blue', '绿', '🔥', '', 'Red'];
const scores = [-1_000_000, -999.99, -1, -0.01, 0, 0.01, 0.5, 1, 2.25, 99.99, 12_345.67, 1_000_000];
const bigs = [1e15, -1e15, 0.1 + 0.2, -123.456, 2 ** 53 - 1, 1e-7, 42];

function text(random: Random, maxPieces: number): string {
  let value = '';
  const count = random.int(maxPieces + 1);
  for (let i = 0; i < count; i += 1) value += random.pick(pieces);
  return value.slice(0, 16);
}

export function randomItem(random: Random, id: string): Item {
  const item: Item = {
    id,
    name: text(random, 4),
    score: random.chance(0.5) ? random.pick(scores) : Math.round((random.next() * 2000 - 1000) * 100) / 100,
    qty: random.chance(0.3) ? random.pick([0, 1, 1000]) : random.int(1001),
    active: random.chance(0.5),
    nested: { level: random.int(10) },
    note: random.chance(0.3) ? null : text(random, 2),
  };
  if (random.chance(0.8)) item.tag = random.pick(tags);
  if (random.chance(0.5)) item.big = random.pick(bigs);
  if (random.chance(0.5)) item.nested.label = random.chance(0.3) ? null : text(random, 2);
  return item;
}

export function randomId(random: Random, n: number): string {
  return `${random.pick(['', '中', '😀', 'a', 'Z', '\uE000', 'k'])}${n.toString(36).padStart(4, '0')}`;
}

type Field = { path: string; sample: (random: Random, items: readonly Item[]) => unknown };

function valueAt(item: Item, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], item);
}

function sampled(path: string, fallback: (random: Random) => unknown): Field['sample'] {
  return (random, items) => {
    const value = items.length && random.chance(0.8) ? valueAt(random.pick(items), path) : undefined;
    return value === undefined ? fallback(random) : value;
  };
}

const fields: Field[] = [
  { path: 'id', sample: sampled('id', (r) => randomId(r, r.int(5000))) },
  { path: 'name', sample: sampled('name', (r) => text(r, 3)) },
  { path: 'tag', sample: sampled('tag', (r) => r.pick(tags)) },
  { path: 'score', sample: sampled('score', (r) => r.pick(scores)) },
  { path: 'qty', sample: sampled('qty', (r) => r.int(1001)) },
  { path: 'active', sample: (r) => r.chance(0.5) },
  { path: 'nested.level', sample: (r) => r.int(10) },
  { path: 'nested.label', sample: sampled('nested.label', (r) => text(r, 2)) },
  { path: 'big', sample: (r) => r.pick(bigs) },
  { path: 'note', sample: sampled('note', () => null) },
];
const orderedFields = fields.filter((f) => !['active', 'note', 'nested.label'].includes(f.path));

function escapeRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function condition(random: Random, items: readonly Item[]): MangoQuerySelector<Item> {
  const field = random.pick(random.chance(0.7) ? orderedFields : fields);
  const value = (): unknown => field.sample(random, items);
  const op = random.pick([
    '$eq',
    '$eq',
    '$ne',
    '$gt',
    '$gte',
    '$lt',
    '$lte',
    'range',
    '$in',
    '$nin',
    '$exists',
    '$regex',
  ]);
  switch (op) {
    case 'range':
      return {
        [field.path]: { [random.pick(['$gt', '$gte'])]: value(), [random.pick(['$lt', '$lte'])]: value() },
      };
    case '$in':
    case '$nin':
      return { [field.path]: { [op]: Array.from({ length: 1 + random.int(4) }, value) } };
    case '$exists':
      return { [random.pick(['tag', 'big', 'nested.label'])]: { $exists: random.chance(0.5) } };
    case '$regex': {
      const source = String(random.pick(items)?.name ?? '').slice(0, 1 + random.int(2));
      const pattern = random.pick([
        `^${escapeRegex(source)}`,
        escapeRegex(source),
        '[中文仓]',
        '^[a-z]',
        '😀|🎉',
      ]);
      return { [random.pick(['name', 'tag', 'note'])]: { $regex: pattern } };
    }
    default:
      return { [field.path]: { [op]: value() } };
  }
}

function selector(random: Random, items: readonly Item[], depth = 0): MangoQuerySelector<Item> {
  const parts: MangoQuerySelector<Item>[] = Array.from({ length: random.int(3) + (depth ? 1 : 0) }, () =>
    condition(random, items),
  );
  if (depth === 0 && random.chance(0.25)) {
    const logic = random.pick(['$or', '$and']);
    parts.push({ [logic]: [selector(random, items, 1), selector(random, items, 1)] });
  }
  // Conditions on distinct fields merge into one selector; a repeated field goes under $and.
  const merged: Record<string, unknown> = {};
  const extra: MangoQuerySelector<Item>[] = [];
  for (const part of parts) {
    const [key] = Object.keys(part);
    if (key && !(key in merged)) Object.assign(merged, part);
    else extra.push(part);
  }
  if (extra.length) merged.$and = [...((merged.$and as unknown[]) ?? []), ...extra];
  return merged;
}

const indexSorts: string[][] = [
  ['name'],
  ['tag', 'score'],
  ['qty'],
  ['active', 'name'],
  ['nested.level', 'qty'],
  ['score'],
];
const sortable = ['name', 'tag', 'score', 'qty', 'active', 'nested.level', 'id'];

function sort(random: Random): MangoQuery<Item>['sort'] {
  const roll = random.next();
  if (roll < 0.2) return undefined;
  const direction = (): 'asc' | 'desc' => (random.chance(0.5) ? 'asc' : 'desc');
  if (roll < 0.55) {
    // Shaped like an index so the plan can cover it; all-asc or all-desc (the reverse scan).
    const all = random.chance(0.5) ? 'asc' : 'desc';
    const parts = [...random.pick(indexSorts), ...(random.chance(0.5) ? ['id'] : [])];
    return parts.map((path) => ({ [path]: all }));
  }
  const count = 1 + random.int(3);
  const parts = [...new Set(Array.from({ length: count }, () => random.pick(sortable)))];
  return parts.map((path) => ({ [path]: direction() }));
}

export function randomQuery(random: Random, items: readonly Item[]): MangoQuery<Item> {
  const query: MangoQuery<Item> = { selector: selector(random, items) };
  if (random.chance(0.7)) (query.selector as Record<string, unknown>)._deleted = { $eq: false };
  const order = sort(random);
  if (order) query.sort = order;
  if (random.chance(0.3)) query.skip = random.int(40);
  if (random.chance(0.5)) query.limit = random.pick([0, 1, 2, 5, 10, 50, 1000]);
  return query;
}

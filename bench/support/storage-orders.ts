// Order-shaped documents for the `storage` benchmark: what a station pulls from the hub, with
// Chinese names and addresses, 1–4 lines, money in fen and ISO times. Deterministic per seed.
import { createRevision, fillWithDefaultSettings, type RxDocumentData, type RxJsonSchema } from 'rxdb';

export type BenchOrder = {
  id: string;
  platform: string;
  platformOrderNo: string;
  status: string;
  warehouseId: string;
  buyerName: string;
  address: string;
  lines: { sku: string; name: string; qty: number; priceFen: number }[];
  totalFen: number;
  paidAt: string;
  updatedAt: string;
};

export const platforms = ['taobao', 'jd', 'pdd', 'douyin'];
export const statuses = ['paid', 'picking', 'packing', 'packed', 'shipped', 'held'];
export const warehouses = ['WH01', 'WH02', 'WH03', 'WH04', 'WH05'];

/** Five indexes, the ones a station's screens query by. What a collection is declared with. */
export const benchOrderJsonSchema: RxJsonSchema<BenchOrder> = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 26 },
    platform: { type: 'string', maxLength: 12 },
    platformOrderNo: { type: 'string', maxLength: 24 },
    status: { type: 'string', maxLength: 12 },
    warehouseId: { type: 'string', maxLength: 8 },
    buyerName: { type: 'string', maxLength: 20 },
    address: { type: 'string' },
    lines: { type: 'array', items: { type: 'object' } },
    totalFen: { type: 'integer', minimum: 0, maximum: 100_000_000, multipleOf: 1 },
    paidAt: { type: 'string', maxLength: 24 },
    updatedAt: { type: 'string', maxLength: 24 },
  },
  required: [
    'id',
    'platform',
    'platformOrderNo',
    'status',
    'warehouseId',
    'buyerName',
    'lines',
    'totalFen',
    'paidAt',
    'updatedAt',
  ],
  indexes: [
    ['platform', 'platformOrderNo'],
    ['status', 'updatedAt'],
    ['warehouseId', 'status', 'updatedAt'],
    'paidAt',
    'buyerName',
  ],
};

/** The same schema as RxDB hands it to a storage, filled with its defaults. */
export const benchOrderSchema: RxJsonSchema<RxDocumentData<BenchOrder>> =
  fillWithDefaultSettings(benchOrderJsonSchema);

const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙'];
const givenNames = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '洋', '艳', '勇', '军', '杰'];
const cities = [
  '杭州市西湖区',
  '上海市浦东新区',
  '广州市天河区',
  '深圳市南山区',
  '成都市武侯区',
  '北京市朝阳区',
];
const products = [
  '保温杯',
  '蓝牙耳机',
  '纯棉T恤',
  '手机壳',
  '收纳盒',
  '咖啡豆 500g',
  '儿童绘本',
  '数据线 2m',
];

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `count` orders as stored documents (revision, last-write time), ready for bulkWrite. */
export function makeOrders(count: number, seed = 1): RxDocumentData<BenchOrder>[] {
  const random = seeded(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const start = Date.UTC(2026, 10, 1);
  const lwtStart = Date.now();
  return Array.from({ length: count }, (_, i) => {
    const lines = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, n) => ({
      sku: `SKU-${Math.floor(random() * 5000)}-${n}`,
      name: pick(products),
      qty: 1 + Math.floor(random() * 3),
      priceFen: 100 + Math.floor(random() * 20_000),
    }));
    const paid = start + Math.floor(random() * 30 * 86_400_000);
    const order: BenchOrder = {
      id: `01J${(start + i).toString(36).toUpperCase().padStart(10, '0')}${Math.floor(random() * 1e8)
        .toString(36)
        .padStart(6, '0')}`.slice(0, 26),
      platform: pick(platforms),
      platformOrderNo: `${Math.floor(random() * 1e12)}${i}`.slice(0, 24),
      status: pick(statuses),
      warehouseId: pick(warehouses),
      buyerName: `${pick(surnames)}${pick(givenNames)}`,
      address: `浙江省${pick(cities)}文三路${1 + Math.floor(random() * 999)}号 ${1 + Math.floor(random() * 30)}幢${1 + Math.floor(random() * 2000)}室`,
      lines,
      totalFen: lines.reduce((sum, line) => sum + line.qty * line.priceFen, 0),
      paidAt: new Date(paid).toISOString(),
      updatedAt: new Date(paid + Math.floor(random() * 86_400_000)).toISOString(),
    };
    return {
      ...order,
      _deleted: false,
      _attachments: {},
      _meta: { lwt: lwtStart + i / 100 },
      _rev: createRevision('bench'),
    };
  });
}

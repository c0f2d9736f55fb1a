// Orders for the `storage` benchmark in the station's real `orders` collection shape (its current
// schema version and indexes): what a station pulls from the hub, with Chinese buyers and
// addresses, 1–4 lines, money in fen, ISO times and status-dependent milestones. Deterministic.
import { createRevision, fillWithDefaultSettings, type RxDocumentData, type RxJsonSchema } from 'rxdb';
import { type OrderDoc, ordersSchema } from '../../src-shared/db';
import { holdReasons, orderStatuses, platforms } from '../../src-shared/domain';

export type BenchOrder = OrderDoc;

export const statuses = orderStatuses;
export const warehouses = ['wh-hz-01', 'wh-hz-02', 'wh-sh-01', 'wh-gz-01', 'wh-cd-01'] as const;

/** The collection's schema as RxDB hands it to a storage, filled with its defaults. */
export const benchOrderSchema: RxJsonSchema<RxDocumentData<BenchOrder>> = fillWithDefaultSettings(
  // RxDB fills a copy; the shared schema object stays as the collection declares it.
  structuredClone(ordersSchema),
);

const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙'];
const givenNames = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '洋', '艳', '勇', '军', '杰'];
const places = [
  ['浙江省', '杭州市', '西湖区'],
  ['上海市', '上海市', '浦东新区'],
  ['广东省', '广州市', '天河区'],
  ['广东省', '深圳市', '南山区'],
  ['四川省', '成都市', '武侯区'],
  ['北京市', '北京市', '朝阳区'],
] as const;
const streets = ['文三路', '世纪大道', '天河路', '科技园南路', '人民南路', '建国路'];
const pickedOrLater: ReadonlySet<string> = new Set(['packed', 'shipped']);
const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

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

/** A ULID as the hub issues them: 10 characters of time, 16 of randomness. */
function ulid(time: number, random: () => number): string {
  let id = '';
  for (let t = time, i = 0; i < 10; i += 1, t = Math.floor(t / 32)) id = crockford[t % 32] + id;
  for (let i = 0; i < 16; i += 1) id += crockford[Math.floor(random() * 32)];
  return id;
}

/** `count` orders as stored documents (revision, last-write time), ready for bulkWrite. */
export function makeOrders(count: number, seed = 1): RxDocumentData<BenchOrder>[] {
  const random = seeded(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const time = (ms: number): string => new Date(ms).toISOString();
  const start = Date.UTC(2026, 10, 1);
  const lwtStart = Date.now();
  return Array.from({ length: count }, (_, i) => {
    const status = pick(statuses);
    const isPacked = pickedOrLater.has(status);
    const lines = Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
      const qty = 1 + Math.floor(random() * 3);
      const scannedQty = isPacked ? qty : status === 'picking' ? Math.floor(random() * (qty + 1)) : 0;
      return {
        skuId: `SKU-${String(Math.floor(random() * 5000)).padStart(5, '0')}`,
        qty,
        priceFen: 100 + Math.floor(random() * 20_000),
        scannedQty,
      };
    });
    const paid = start + Math.floor(random() * 30 * 86_400_000);
    const updated = paid + Math.floor(random() * 86_400_000);
    const updatedAt = time(updated);
    const [province, city, district] = pick(places);
    const itemsFen = lines.reduce((sum, line) => sum + line.qty * line.priceFen, 0);
    const shippingFen = itemsFen > 9_900 ? 0 : 800;
    const discountFen = random() < 0.2 ? Math.min(itemsFen, 500) : 0;
    const order: BenchOrder = {
      id: ulid(paid, random),
      platform: pick(platforms),
      platformOrderNo: `${Math.floor(random() * 1e12)}${i}`,
      status,
      warehouseId: pick(warehouses),
      buyer: {
        name: `${pick(surnames)}${pick(givenNames)}`,
        phone: `1${3 + Math.floor(random() * 6)}${String(Math.floor(random() * 1e9)).padStart(9, '0')}`,
      },
      address: {
        province,
        city,
        district,
        detail: `${pick(streets)}${1 + Math.floor(random() * 999)}号 ${1 + Math.floor(random() * 30)}幢${1 + Math.floor(random() * 2000)}室`,
      },
      lines,
      itemsFen,
      shippingFen,
      discountFen,
      totalFen: itemsFen + shippingFen - discountFen,
      currency: 'CNY',
      holds:
        random() < 0.05
          ? [{ id: ulid(updated, random), reason: pick(holdReasons), note: '', by: 'rules', at: updatedAt }]
          : [],
      exceptions: [],
      label: isPacked
        ? {
            carrier: 'SF',
            trackingNo: `SF${Math.floor(random() * 1e12)}`,
            printedAt: updatedAt,
            by: 'u-pack-1',
          }
        : null,
      pickListId: status === 'imported' || status === 'allocated' ? null : `PL-${Math.floor(i / 40)}`,
      pickListKey: status === 'imported' || status === 'allocated' ? '' : `PL-${Math.floor(i / 40)}`,
      waybill:
        status === 'imported' ? null : { carrier: 'SF', trackingNo: `SF${String(i).padStart(13, '0')}` },
      paidAt: time(paid),
      packedAt: isPacked ? updatedAt : null,
      shippedAt: status === 'shipped' ? updatedAt : null,
      cancelledAt: status === 'cancelled' ? updatedAt : null,
      cancelReason: status === 'cancelled' ? 'buyer_request' : null,
      appliedCommandIds: [],
      updatedAt,
      ...(isPacked ? { pickedAt: updatedAt } : {}),
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

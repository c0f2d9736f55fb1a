import type { PackOrder } from '../../../src-shared/features/pack';

/** The ids of the fake bench's orders (ULIDs, as `ORD-` codes need). */
export const fakePackIds = {
  first: '01JQ5PACK00000000000000001',
  second: '01JQ5PACK00000000000000002',
  held: '01JQ5PACK00000000000000003',
  unlabelled: '01JQ5PACK00000000000000004',
} as const;

const at = (minutes: number) => new Date(Date.UTC(2025, 2, 1, 7, minutes)).toISOString();

function pickListOf(position: number) {
  return { id: 'pl-1', code: 'PL-20250301-0001', position, count: 3 };
}

function orderOf(
  fields: Partial<PackOrder> & Pick<PackOrder, 'orderId' | 'platformOrderNo' | 'lines'>,
): PackOrder {
  return {
    code: `ORD-${fields.orderId}`,
    platform: 'taobao',
    status: 'picking',
    buyerName: '张伟',
    city: '上海市',
    holds: [],
    exceptions: [],
    waybill: null,
    label: null,
    labelState: 'none',
    labelProblem: null,
    isPending: false,
    pickList: null,
    ...fields,
  };
}

/**
 * The bench's orders: pick list PL-20250301-0001 walks `first` (tea ×2 and a cup), `second` (a
 * teapot) and `held` (address unclear); `unlabelled` is packed and waits for its label. The teapot's GTIN is a
 * product the station knows that is not in `first`, the wrong item of the tests.
 */
export function fakePackOrders(): PackOrder[] {
  return [
    orderOf({
      orderId: fakePackIds.first,
      platformOrderNo: 'TB5001000001',
      pickList: pickListOf(1),
      waybill: { carrier: 'SF', carrierName: '顺丰速运', trackingNo: 'SF1000000000011' },
      lines: [
        line('sku-tea', '西湖龙井 250g', 'TEA-250', '6901234000016', 'A-01-02-03', 2),
        line('sku-cup', '青瓷茶杯', 'CUP-01', '6901234000023', 'A-02-01-01', 1),
      ],
    }),
    orderOf({
      orderId: fakePackIds.second,
      platform: 'jd',
      platformOrderNo: 'JD5001000002',
      buyerName: '李娜',
      city: '北京市',
      pickList: pickListOf(2),
      waybill: { carrier: 'JD', carrierName: '京东物流', trackingNo: 'JDV100000000022' },
      lines: [line('sku-pot', '紫砂壶', 'POT-02', '6901234000030', 'B-01-01-01', 1)],
    }),
    orderOf({
      orderId: fakePackIds.held,
      platform: 'pinduoduo',
      platformOrderNo: 'PDD5001000003',
      buyerName: '王芳',
      city: '广州市',
      pickList: pickListOf(3),
      holds: [{ id: 'h-1', reason: 'address_unclear', note: '“附近”', by: 'rules', at: at(41) }],
      waybill: { carrier: 'YTO', carrierName: '圆通速递', trackingNo: 'YT1000000000033' },
      lines: [line('sku-tray', '竹茶盘', 'TRAY-03', '6901234000047', 'B-02-01-01', 1)],
    }),
    orderOf({
      orderId: fakePackIds.unlabelled,
      platform: 'douyin',
      platformOrderNo: 'DY5001000004',
      status: 'packed',
      buyerName: '赵磊',
      city: '成都市',
      waybill: { carrier: 'ZTO', carrierName: '中通快递', trackingNo: '73100000000044' },
      lines: [line('sku-cup', '青瓷茶杯', 'CUP-01', '6901234000023', 'A-02-01-01', 1, 1)],
    }),
  ];
}

function line(
  skuId: string,
  name: string,
  internalCode: string,
  gtin: string,
  bin: string,
  qty: number,
  scanned = 0,
) {
  return { skuId, name, internalCode, gtin, bin, qty, scannedQty: scanned };
}

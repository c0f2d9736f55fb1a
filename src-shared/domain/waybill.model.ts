import { z } from 'zod';
import type { Platform } from './order.model';

/** Carriers the demo warehouses ship with; each has its own tracking-number shape. */
export const carrierCodes = ['SF', 'ZTO', 'YTO', 'JD'] as const;

/** One of {@link carrierCodes}. */
export type CarrierCode = (typeof carrierCodes)[number];

/** Names printed on the label, in the carrier's own words. */
export const carrierNames: Readonly<Record<CarrierCode, string>> = {
  SF: '顺丰速运',
  ZTO: '中通快递',
  YTO: '圆通速递',
  JD: '京东物流',
};

/**
 * The carrier and tracking number the hub reserved for an order when it was allocated (an
 * "electronic waybill" taken in advance), so a pack bench prints the label without a network.
 */
export const waybillSchema = z.object({
  carrier: z.enum(carrierCodes),
  trackingNo: z.string().min(1).max(64),
});

/** A reserved waybill. */
export type Waybill = z.infer<typeof waybillSchema>;

/** Provinces where the demo routing pays for the fast carrier. */
const expressProvinces = new Set(['上海市', '北京市', '广东省']);

/**
 * Which carrier ships an order: JD orders go with JD's own logistics (the platform requires it),
 * the big-city provinces with SF, the rest alternate between ZTO and YTO by order id so the load
 * splits evenly and the same order always gets the same answer.
 */
export function chooseCarrier(order: {
  readonly id: string;
  readonly platform: Platform;
  readonly province: string;
}): CarrierCode {
  if (order.platform === 'jd') return 'JD';
  if (expressProvinces.has(order.province)) return 'SF';
  return stableBit(order.id) === 0 ? 'ZTO' : 'YTO';
}

/**
 * The tracking number for the `serial`-th waybill the hub took (serials are unique across
 * carriers), in each carrier's shape: SF + 13 digits, ZTO 14 digits from 7, YTO "YT" + 13, JD "JDV" + 12.
 */
export function formatTrackingNo(carrier: CarrierCode, serial: number): string {
  switch (carrier) {
    case 'SF':
      return `SF${digits(serial, 13)}`;
    case 'ZTO':
      return `7${digits(serial, 13)}`;
    case 'YTO':
      return `YT${digits(serial, 13)}`;
    case 'JD':
      return `JDV${digits(serial, 12)}`;
  }
}

function digits(serial: number, width: number): string {
  if (!Number.isSafeInteger(serial) || serial < 0) throw new RangeError(`bad waybill serial ${serial}`);
  const text = String(serial);
  if (text.length > width) throw new RangeError(`waybill serial ${serial} does not fit ${width} digits`);
  return text.padStart(width, '0');
}

function stableBit(id: string): number {
  let sum = 0;
  for (let index = 0; index < id.length; index++) sum = (sum + id.charCodeAt(index)) & 0xffff;
  return sum & 1;
}

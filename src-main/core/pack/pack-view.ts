import { carrierNames, compareBins, type Order, type PickList } from '../../../src-shared/domain';
import type { PackLine, PackOrder } from '../../../src-shared/features/pack';
import type { SkuDoc } from '../../../src-shared/db';
import type { LabelJobState } from './label-desk';

/** What the bench view of one order is built from. */
export type PackViewParts = {
  readonly order: Order;
  readonly skus: ReadonlyMap<string, SkuDoc>;
  readonly pickList: PickList | null;
  readonly labelJob: LabelJobState | undefined;
  readonly isPending: boolean;
};

/** The order as the pack screen shows it: lines in bin-walk order, label and pick-list state. */
export function packOrderOf(parts: PackViewParts): PackOrder {
  const { order, skus, pickList } = parts;
  const lines: PackLine[] = order.lines.map((line) => {
    const sku = skus.get(line.skuId);
    return {
      skuId: line.skuId,
      name: sku?.name ?? line.skuId,
      internalCode: sku?.internalCode ?? line.skuId,
      ...(sku?.gtin === undefined ? {} : { gtin: sku.gtin }),
      ...(sku?.bin === undefined ? {} : { bin: sku.bin }),
      qty: line.qty,
      scannedQty: line.scannedQty,
    };
  });
  lines.sort((a, b) => compareBins(a.bin ?? '~', b.bin ?? '~'));
  const position = pickList?.orderIds.indexOf(order.id) ?? -1;
  return {
    orderId: order.id,
    code: `ORD-${order.id}`,
    platform: order.platform,
    platformOrderNo: order.platformOrderNo,
    status: order.status,
    buyerName: order.buyer.name,
    city: order.address.city,
    lines,
    holds: order.holds,
    exceptions: order.exceptions,
    waybill:
      order.waybill === null ? null : { ...order.waybill, carrierName: carrierNames[order.waybill.carrier] },
    label: order.label,
    ...labelOf(order, parts.labelJob),
    isPending: parts.isPending,
    pickList:
      pickList === null || position < 0
        ? null
        : { id: pickList.id, code: pickList.code, position: position + 1, count: pickList.orderIds.length },
  };
}

/** Where the order's label is; a packed order without a waybill cannot be labelled and says so. */
function labelOf(
  order: Order,
  job: LabelJobState | undefined,
): Pick<PackOrder, 'labelState' | 'labelProblem'> {
  if (order.label !== null) return { labelState: 'printed', labelProblem: null };
  if (job !== undefined) return { labelState: job.state, labelProblem: job.problem };
  if (order.status === 'packed' && order.waybill === null) {
    return {
      labelState: 'failed',
      labelProblem: 'No waybill yet: the label prints once the hub assigns one',
    };
  }
  return { labelState: 'none', labelProblem: null };
}

import { type Address, actorSchema, carrierNames } from '../../../src-shared/domain';
import type { Order } from '../../../src-shared/domain';
import {
  buildLabelDocument,
  type LabelLanguage,
  renderSvg,
  type ShippingLabelData,
  shippingLabelDataSchema,
} from '../../../src-shared/features/labels';
import type { Clock } from '../clock';
import type { StationRepos } from '../db';
import type { Logger } from '../logging';
import type { PrintJob, PrintQueue, PrintQueueEvent } from '../printing';
import type { OrdersService } from '../sync';
import type { LabelDesk, LabelJobState } from './label-desk';

/** A shipping-label job's data: the label, and who packed (for `label.printed`). */
const printedLabelSchema = shippingLabelDataSchema.extend({ actor: actorSchema });

/** The template of every shipping label. */
export const shippingLabelTemplate = 'shipping-label';

/** Who ships: the warehouse as printed on the label's sender block. */
export type ShipFrom = {
  readonly name: string;
  readonly phone: string;
  readonly address: Address;
  /** IANA zone; printed times are the warehouse's local time. */
  readonly timeZone: string;
};

export type ShippingLabelsDeps = {
  readonly queue: PrintQueue;
  readonly repos: StationRepos;
  readonly orders: OrdersService;
  /** The station's label printer; null when none is assigned (labels then fail loudly). */
  readonly labelPrinterId: () => string | null;
  readonly shipFrom: () => ShipFrom;
  readonly language: () => LabelLanguage;
  readonly clock: Clock;
  readonly logger: Logger;
};

/** The label desk and the queue listener that records `label.printed` when a label is out. */
export type ShippingLabels = LabelDesk & {
  /** Feed every print-queue event here. */
  onQueueEvent(event: PrintQueueEvent): void;
};

/**
 * Shipping labels through the print queue. The job carries the person who packed (the actor),
 * so the `label.printed` command made when the printer took the label names them even if
 * someone else is signed in by then.
 */
export function createShippingLabels(deps: ShippingLabelsDeps): ShippingLabels {
  const { repos, queue, logger } = deps;

  async function labelData(order: Order): Promise<ShippingLabelData> {
    if (order.waybill === null) throw new Error(`order ${order.id} has no waybill`);
    const skus = new Map(
      (await repos.skus.findByIds(order.lines.map((line) => line.skuId))).map((sku) => [sku.id, sku]),
    );
    const shipFrom = deps.shipFrom();
    return {
      language: deps.language(),
      carrier: { code: order.waybill.carrier, name: carrierNames[order.waybill.carrier] },
      trackingNo: order.waybill.trackingNo,
      order: { id: order.id, platform: order.platform, platformOrderNo: order.platformOrderNo },
      sender: { name: shipFrom.name, phone: shipFrom.phone, address: shipFrom.address },
      receiver: { name: order.buyer.name, phone: order.buyer.phone, address: order.address },
      lines: order.lines.map((line) => ({
        shortName: (skus.get(line.skuId)?.name ?? line.skuId).slice(0, 60),
        qty: line.qty,
      })),
      printedAt: new Date(deps.clock.now()).toISOString(),
      timeZone: shipFrom.timeZone,
    };
  }

  /** The job's order label went out: the order now has its label, as the packer who queued it. */
  async function recordPrinted(job: PrintJob): Promise<void> {
    const parsed = printedLabelSchema.safeParse(job.data);
    if (job.orderId === undefined || !parsed.success) return;
    const { actor, ...data } = parsed.data;
    const outcome = await deps.orders.tryIssue(
      {
        type: 'label.printed',
        payload: { orderId: job.orderId, carrier: data.carrier.code, trackingNo: data.trackingNo },
      },
      actor,
    );
    if (!outcome.ok) logger.warn({ orderId: job.orderId, code: outcome.code }, 'label printed, not recorded');
  }

  return {
    async queueShippingLabel(order, actor, reprintReason) {
      const printerId = deps.labelPrinterId();
      if (printerId === null) throw new Error('no label printer is assigned to this station');
      await queue.enqueue({
        printerId,
        templateId: shippingLabelTemplate,
        // The actor rides along for `label.printed`; the template ignores fields it does not know.
        data: { ...(await labelData(order)), actor },
        actorId: actor.id,
        orderId: order.id,
        ...(reprintReason === undefined ? {} : { reprintReason }),
      });
    },
    async previewShippingLabel(order) {
      return renderSvg(buildLabelDocument(shippingLabelTemplate, await labelData(order)));
    },
    async labelStates(orderIds) {
      const states = new Map<string, LabelJobState>();
      const printers = new Map(queue.printers().map((printer) => [printer.printerId, printer]));
      for (const orderId of orderIds) {
        const [latest] = (await repos.printJobs.listByOrder(orderId, 10)).filter(
          (job) => job.templateId === shippingLabelTemplate,
        );
        if (latest === undefined) continue;
        const printer = printers.get(latest.printerId);
        const state = labelStateOf(latest, printer?.phase === 'waiting');
        if (state !== null) {
          states.set(orderId, {
            state,
            problem: state === 'waiting' ? (printer?.status.message ?? null) : (latest.lastError ?? null),
          });
        }
      }
      return states;
    },
    onQueueEvent(event) {
      if (event.type !== 'job' || event.job.templateId !== shippingLabelTemplate) return;
      if (event.job.status !== 'done') return;
      recordPrinted(event.job).catch((error: unknown) =>
        logger.error({ err: error, jobId: event.job.id }, 'could not record a printed label'),
      );
    },
  };
}

function labelStateOf(job: PrintJob, isPrinterWaiting: boolean): LabelJobState['state'] | null {
  switch (job.status) {
    case 'queued':
      return isPrinterWaiting ? 'waiting' : 'queued';
    case 'sending':
      return 'printing';
    case 'done':
      return 'printed';
    case 'failed':
    case 'uncertain':
      return 'failed';
    case 'cancelled':
      return null;
  }
}

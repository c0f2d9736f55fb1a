export { applyCommand } from './apply-command';
export { gs1CheckDigit, isValidGs1 } from './check-digit';
export { checkAuthority, mayIssue } from './command-authority';
export {
  type Actor,
  actorSchema,
  type Command,
  type CommandContext,
  type CommandOf,
  type CommandOutcome,
  type CommandPayload,
  commandOrderId,
  commandPayloadSchemas,
  type CommandResult,
  commandResultSchema,
  commandSchema,
  type CommandType,
  commandTypes,
  type Rejection,
  type RejectionCode,
  rejectionCodes,
} from './command.contract';
export {
  type Address,
  addressSchema,
  type Buyer,
  buyerSchema,
  canOrderMove,
  type ExceptionKind,
  exceptionKinds,
  type Hold,
  type HoldReason,
  holdReasons,
  holdSchema,
  isOrderFullyScanned,
  isOrderHeld,
  type Order,
  type OrderException,
  orderExceptionSchema,
  type OrderLine,
  orderLineSchema,
  orderSchema,
  type OrderStatus,
  orderStatuses,
  orderTransitions,
  type Platform,
  platforms,
  type ShippingLabel,
  shippingLabelSchema,
} from './order.model';
export { type OrderOverlay, type OverlayRefusal, overlayOrder, overlayOrders } from './order-overlay';
export {
  compareBins,
  type PickList,
  type PickListCandidate,
  pickListCode,
  pickListSchema,
  pickListSize,
  pickListStatuses,
  planPickLists,
} from './pick-list.model';
export { type Sku, skuSchema } from './sku.model';
export { availableUnits, type StockEffect, type StockLevel, stockLevelSchema } from './stock.model';
export {
  type ShipFrom,
  shipFromSchema,
  type StationRecord,
  stationRecordSchema,
  type Warehouse,
  type WarehouseDetails,
  warehouseDetailsSchema,
  warehouseSchema,
} from './warehouse.model';
export {
  type CarrierCode,
  carrierCodes,
  carrierNames,
  chooseCarrier,
  formatTrackingNo,
  type Waybill,
  waybillSchema,
} from './waybill.model';

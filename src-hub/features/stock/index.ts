export {
  type AllocationCandidate,
  type AllocationOutcome,
  type AllocationResult,
  allocateOrder,
  allocateOrders,
  reserveStock,
} from './allocation';
export { createStockLedger, moveOf, type StockKey, type StockLedger, type StockMove } from './stock-ledger';
export { type AllocationReport, createStockService, type StockService } from './stock.service';

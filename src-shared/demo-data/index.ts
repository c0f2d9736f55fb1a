export { maxDemoSkus } from './catalogue';
export {
  type DemoData,
  type DemoDataOptions,
  generateDemoData,
  generateOrderBatches,
  type OrderBatchOptions,
} from './demo-data';
export { type DemoPlatform, demoPlatforms } from './order-numbers';
export { demoPlatformWeights, paidAtSpanMs } from './orders';
export { type DemoWarehouseCode, demoWarehouseCodes, demoWarehouses } from './warehouses';

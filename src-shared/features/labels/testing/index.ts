export {
  buildPackingSlipData,
  buildSampleDocument,
  buildShippingLabelData,
  testOrderId,
  testPrintedAt,
} from './label-data';

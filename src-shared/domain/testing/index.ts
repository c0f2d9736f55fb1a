export {
  buildActor,
  buildCommand,
  buildContext,
  type TestCommandEnvelope,
  testCommandId,
} from './command-builder';
export {
  buildHold,
  buildLabel,
  buildLine,
  buildOrder,
  buildOrderIn,
  testNow,
  testWarehouseId,
} from './order-builder';

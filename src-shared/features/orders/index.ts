export {
  type IssueCommand,
  issueCommandSchema,
  orderChannels,
  type OrderDetail,
  orderDetailSchema,
  orderListQuerySchema,
  type OrderSummary,
  orderSummaryOf,
  orderSummarySchema,
} from './orders.contract';

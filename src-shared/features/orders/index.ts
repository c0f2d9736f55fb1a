export {
  type IssueCommand,
  issueCommandSchema,
  orderChannels,
  type OrderDetail,
  orderDetailSchema,
  orderListQuerySchema,
  type OrderSummary,
  orderSummarySchema,
} from './orders.contract';

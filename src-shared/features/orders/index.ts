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
export {
  byNewestPayment,
  isSearchFilter,
  type OrderListFilter,
  orderListMatcher,
  type OrderSearchKey,
  orderSearchKeyOf,
} from './order-search';

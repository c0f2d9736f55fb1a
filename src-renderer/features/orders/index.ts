export { OrdersScreen } from './OrdersScreen';

import type { Role } from '../features/auth';
import type { Actor, Command, CommandType, Rejection } from './command.contract';
import type { Order } from './order.model';

/**
 * Which roles may issue each command. Packers work the bench, clerks the desk; supervisors and
 * admins may do both because they stand in for either when a shift is short.
 */
const rolesByCommand: Readonly<Record<CommandType, readonly Role[]>> = {
  'item.scanned': ['packer', 'supervisor', 'admin'],
  'order.packed': ['packer', 'supervisor', 'admin'],
  'label.printed': ['packer', 'supervisor', 'admin'],
  'parcel.shipped': ['packer', 'supervisor', 'admin'],
  'exception.reported': ['packer', 'clerk', 'supervisor', 'admin'],
  'order.held': ['clerk', 'supervisor', 'admin'],
  'order.released': ['clerk', 'supervisor', 'admin'],
  'order.addressEdited': ['clerk', 'supervisor', 'admin'],
  'order.cancelled': ['clerk', 'supervisor', 'admin'],
};

/** What a person does with each command, for refusal messages ("A clerk may not scan items"). */
const actionByCommand: Readonly<Record<CommandType, string>> = {
  'item.scanned': 'scan items',
  'order.packed': 'pack orders',
  'label.printed': 'print labels',
  'parcel.shipped': 'ship parcels',
  'exception.reported': 'report exceptions',
  'order.held': 'hold orders',
  'order.released': 'release holds',
  'order.addressEdited': 'edit addresses',
  'order.cancelled': 'cancel orders',
};

/**
 * True when `role` may issue commands of `type`. The UI uses it to hide actions a person cannot
 * take; the hub and the station's optimistic view enforce it again through {@link checkAuthority}.
 */
export function mayIssue(role: Role, type: CommandType): boolean {
  return rolesByCommand[type].includes(role);
}

/**
 * Checks that `actor` may issue `command` on `order`: first the role, then the warehouse scope
 * (an actor with `warehouseId` null works in every warehouse; anyone else only in their own).
 * Without an order there is no scope to check; the reducer refuses a missing order on its own.
 * Returns the refusal, or null when the actor may go ahead.
 */
export function checkAuthority(command: Command, actor: Actor, order: Order | null): Rejection | null {
  if (!mayIssue(actor.role, command.type)) {
    return {
      code: 'forbidden_role',
      message: `A ${actor.role} may not ${actionByCommand[command.type]} (${command.type})`,
    };
  }
  if (order !== null && actor.warehouseId !== null && actor.warehouseId !== order.warehouseId) {
    return {
      code: 'wrong_warehouse',
      message: `Order ${order.platformOrderNo} belongs to warehouse ${order.warehouseId}, not to ${actor.warehouseId}`,
    };
  }
  return null;
}

import { z } from 'zod';

/** Who a person is at work; decides which screens and commands they have. */
export const roles = ['packer', 'clerk', 'supervisor', 'admin'] as const;

/** Schema of {@link Role}. */
export const roleSchema = z.enum(roles);

/** One of {@link roles}. */
export type Role = z.infer<typeof roleSchema>;

/** The top-level screens of the station app. */
export const screens = ['pack', 'orders', 'approvals', 'admin', 'station'] as const;

/** One of {@link screens}. */
export type Screen = (typeof screens)[number];

const screensByRole: Record<Role, readonly Screen[]> = {
  packer: ['pack', 'station'],
  clerk: ['orders', 'station'],
  supervisor: ['pack', 'orders', 'approvals', 'station'],
  admin: ['pack', 'orders', 'approvals', 'admin', 'station'],
};

/** The screens a role may open, in navigation order. Every role can see the Station screen. */
export function screensFor(role: Role): readonly Screen[] {
  return screensByRole[role];
}

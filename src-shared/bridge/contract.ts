import { z } from 'zod';
import { type ErrorCode, errorCodes } from '../errors';

/** One request/response channel of the bridge: what the renderer may send, what main answers. */
export type Channel<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = {
  readonly input: I;
  readonly output: O;
};

/** A feature's channels, keyed `'feature.action'`. */
export type ChannelMap = Record<string, Channel>;

/** A feature's events pushed from main, keyed `'feature.event'`, each with its payload schema. */
export type EventMap = Record<string, z.ZodType>;

/** Declares a channel; the identity function exists for inference. */
export function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): Channel<I, O> {
  return { input, output };
}

/**
 * What went wrong. `reason` narrows a `conflict` for the UI where the code alone cannot say it:
 * a command the station's own rule book refused carries the rejection code (`order_held`…), so
 * the person reads the reason in their language, not the English message.
 */
export type EnvelopeError = {
  readonly code: ErrorCode;
  readonly message: string;
  readonly reason?: string | undefined;
};

/** The answer to every bridge call: never a thrown error across the boundary. */
export type Envelope<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: EnvelopeError };

/** Validates an envelope whose value is not (yet) checked, e.g. after crossing HTTP. */
export const envelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.enum(errorCodes), message: z.string(), reason: z.string().max(64).optional() }),
  }),
]);

/** Input type of a channel. */
export type InputOf<C extends Channel> = z.input<C['input']>;
/** Output type of a channel. */
export type OutputOf<C extends Channel> = z.output<C['output']>;

/** Builds an ok envelope. */
export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

/** Builds an error envelope. */
export function fail(code: ErrorCode, message: string, reason?: string): Envelope<never> {
  return { ok: false, error: reason === undefined ? { code, message } : { code, message, reason } };
}

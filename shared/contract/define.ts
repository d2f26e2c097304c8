import { z } from 'zod';

/**
 * A channel is its input schema plus a phantom output type. The output is a TypeScript type only:
 * outputs come from our own services, inputs come from the outside and are validated.
 */
export interface Channel<I extends z.ZodType, O> {
  readonly input: I;
  readonly __output?: O;
}

export function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });
}

/** Channel groups are merged into one contract in shared/contract.ts. */
export type ChannelGroup = Record<string, Channel<z.ZodType, unknown>>;

export const emptyInput = z.object({}).strict();
export const idInput = z.object({ id: z.string().uuid() }).strict();

/** Trimmed required text with a maximum length. */
export function requiredText(max: number) {
  return z.string().trim().min(1).max(max);
}

export function optionalText(max: number) {
  return z.string().trim().max(max).optional().default('');
}

/** A calendar day as stored ('yyyy-mm-dd'); the screens type it the Danish way and convert. */
export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ugyldig dato (brug dd.mm.åååå)');

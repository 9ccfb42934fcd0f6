import { z } from 'zod';

/** Ids are opaque strings to clients; the server issues UUIDs. */
export const ZId = z.uuid({ message: 'must be an id' });
export type TId = z.infer<typeof ZId>;

/** Join codes avoid look-alikes: no 0/O, 1/I/L. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;
export const ZJoinCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`), { message: 'a join code has 6 letters and digits' });

/** Upper-cases what a person typed and drops spaces and dashes ("ab3-k7q" → "AB3K7Q"). */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '');
}

import { z } from 'zod';
import { JOIN_CODE_PATTERN } from './values.js';

/** Ids are opaque strings to clients; the server issues UUIDs. */
export const ZId = z.uuid({ message: 'must be an id' });
export type TId = z.infer<typeof ZId>;

export { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, JOIN_CODE_PATTERN, normalizeJoinCode, readJoinCode } from './values.js';
export const ZJoinCode = z.string().trim().toUpperCase().regex(JOIN_CODE_PATTERN, { message: 'a join code has 6 letters and digits' });

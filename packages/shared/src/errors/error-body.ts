import { z } from 'zod';
import { API_ERROR_CODES } from './codes.js';

/** An error body as a client reads it: the code checked against the table (readErrorBody applies the same rule). */
export const ZErrorBody = z.object({ code: z.enum(API_ERROR_CODES), message: z.string() });

import { z } from 'zod';

/**
 * A string a person typed. PostgreSQL cannot store U+0000 in text, so a NUL is refused
 * here, with the rest of the shape (400 validation/invalid), instead of failing the
 * write deep inside (a 500, or a whole batch of other people's answers).
 */
export function text() {
  return z.string().refine((s) => !s.includes('\u0000'), { message: 'must not contain the NUL character (U+0000)' });
}

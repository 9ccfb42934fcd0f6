import { z } from 'zod';
import { ZId } from './ids.js';

/**
 * GET /api/sessions/:id/progress: how far each own role got in the current round, for the
 * control room while a pre-work survey runs. Counts only, never what anyone answered, so
 * the results stay hidden until they are revealed. "Don't know" counts as answered.
 */
export const ZRoleProgress = z.object({
  /** a session role id, 'other' or 'undisclosed' */
  roleId: z.string(),
  participants: z.number().int().min(0),
  /** answered every concern of the round */
  all: z.number().int().min(0),
  /** answered at least one, not all */
  some: z.number().int().min(0),
  /** joined, answered none */
  none: z.number().int().min(0),
});
export type TRoleProgress = z.infer<typeof ZRoleProgress>;

export const ZSessionProgress = z.object({
  sessionId: ZId,
  round: z.number().int().min(1),
  concerns: z.number().int().min(0),
  participants: z.number().int().min(0),
  /** every session role in order (also with nobody in it), then 'other' and 'undisclosed' when someone picked them */
  roles: z.array(ZRoleProgress),
});
export type TSessionProgress = z.infer<typeof ZSessionProgress>;

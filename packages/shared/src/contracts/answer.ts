import { z } from 'zod';
import { ZId } from './ids.js';
import { text } from './text.js';
import { ANSWER_CHOICES, LIMITS, RACI_LETTERS } from './values.js';

export { ANSWER_CHOICES, OTHER_ROLE, RACI_LETTERS, type TAnswerChoice, type TRaciLetter, UNDISCLOSED_ROLE } from './values.js';

/**
 * One answer as a client submits it. Shape only: whether the role ids belong to the
 * session, and whether the mode fits, is checked by the server against the session.
 */
export const ZAnswerSubmit = z
  .strictObject({
    answerId: z.uuid({ message: 'answerId must be a UUID made by the client' }),
    concernId: ZId,
    choice: z.enum(ANSWER_CHOICES),
    owners: z.array(ZId).max(20).optional(),
    raci: z.record(ZId, z.enum(RACI_LETTERS)).optional(),
    confidence: z.number().int().min(1).max(5).optional(),
    comment: text().trim().max(LIMITS.commentLength, { message: `a comment has at most ${LIMITS.commentLength} characters` }).optional(),
  })
  .superRefine((a, ctx) => {
    if (a.choice === 'owners') {
      const ownerCount = a.owners?.length ?? 0;
      const raciCount = a.raci ? Object.keys(a.raci).length : 0;
      if (ownerCount === 0 && raciCount === 0) {
        ctx.addIssue({ code: 'custom', message: 'pick at least one owning role', path: ['owners'] });
      }
      if (a.owners && new Set(a.owners).size !== a.owners.length) {
        ctx.addIssue({ code: 'custom', message: 'a role is listed twice', path: ['owners'] });
      }
      if (a.raci && Object.values(a.raci).filter((l) => l === 'A').length > 1) {
        ctx.addIssue({ code: 'custom', message: 'only one role can be Accountable (A)', path: ['raci'] });
      }
    } else if ((a.owners?.length ?? 0) > 0 || (a.raci && Object.keys(a.raci).length > 0)) {
      ctx.addIssue({ code: 'custom', message: `"${a.choice}" cannot name owners`, path: ['owners'] });
    }
  });
export type TAnswerSubmit = z.infer<typeof ZAnswerSubmit>;

/** A stored answer as the participant sees it again on resume. */
export const ZSavedAnswer = z.object({
  answerId: z.uuid(),
  concernId: ZId,
  round: z.number().int(),
  choice: z.enum(ANSWER_CHOICES),
  owners: z.array(ZId),
  raci: z.record(z.string(), z.enum(RACI_LETTERS)).nullable(),
  confidence: z.number().int().nullable(),
  comment: z.string().nullable(),
});
export type TSavedAnswer = z.infer<typeof ZSavedAnswer>;

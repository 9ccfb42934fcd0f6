import { ZPublicSession, ZSavedAnswer } from '@thinline/shared';
import { z } from 'zod';

// The shared schemas the phone checks its own data with (drafts, and what it stored), in a
// chunk of their own: see contracts.ts.
export { ZAnswerSubmit } from '@thinline/shared';

/** What the phone last knew of its session (storage.ts's StoredView). */
export const ZStoredView = z.object({
  session: ZPublicSession,
  me: z.object({ participantId: z.string(), ownRole: z.string(), name: z.string().nullable() }),
  saved: z.array(ZSavedAnswer),
});

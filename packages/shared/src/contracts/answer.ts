import { z } from 'zod';
import { ZId } from './ids.js';
import { text } from './text.js';
import { ANSWER_CHOICES, LIMITS, RACI_LETTERS, type TRaciLetter } from './values.js';

export { ANSWER_CHOICES, OTHER_ROLE, RACI_LETTERS, type TAnswerChoice, type TRaciLetter, UNDISCLOSED_ROLE } from './values.js';

/** The bounds ZAnswerSubmit and its fast path (readAnswerSubmit) both hold an answer to. */
const MAX_OWNERS = 20;
const CONFIDENCE = { min: 1, max: 5 } as const;

/**
 * One answer as a client submits it. Shape only: whether the role ids belong to the
 * session, and whether the mode fits, is checked by the server against the session.
 */
export const ZAnswerSubmit = z
  .strictObject({
    answerId: z.uuid({ message: 'answerId must be a UUID made by the client' }),
    concernId: ZId,
    choice: z.enum(ANSWER_CHOICES),
    owners: z.array(ZId).max(MAX_OWNERS).optional(),
    raci: z.record(ZId, z.enum(RACI_LETTERS)).optional(),
    confidence: z.number().int().min(CONFIDENCE.min).max(CONFIDENCE.max).optional(),
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

// the same rule as z.uuid(), which ZId and answerId use
const UUID = z.regexes.uuid();
const KEYS = new Set(['answerId', 'concernId', 'choice', 'owners', 'raci', 'confidence']);
const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);

/**
 * ZAnswerSubmit's result for the shape phones send, without running the schema: a hall's
 * answers all arrive in one burst, and the schema's parse was the largest single cost of
 * `answer:submit` on the server (a tenth of its CPU in the race benchmark, issue 23).
 * Conservative: it returns a value only where ZAnswerSubmit certainly accepts the payload
 * and gives that same value, and null for anything else (a comment, a key it does not know,
 * any doubt): the caller then parses with ZAnswerSubmit, which words the refusal.
 * answer.spec.ts holds the two to the same answers over generated payloads.
 */
export function readAnswerSubmit(payload: unknown): TAnswerSubmit | null {
  if (typeof payload !== 'object' || payload === null || Object.getPrototypeOf(payload) !== Object.prototype) return null;
  const a = payload as Record<string, unknown>;
  for (const key in a) if (!KEYS.has(key) || a[key] === undefined) return null;
  const { answerId, concernId, choice, owners, raci, confidence } = a;
  if (!isUuid(answerId) || !isUuid(concernId)) return null;
  if (choice !== 'owners' && choice !== 'nobody' && choice !== 'unknown') return null;
  const out: TAnswerSubmit = { answerId, concernId, choice };
  if (owners !== undefined) {
    if (!Array.isArray(owners) || owners.length > MAX_OWNERS || !owners.every(isUuid) || new Set(owners).size !== owners.length) return null;
    out.owners = [...owners];
  }
  if (raci !== undefined) {
    if (typeof raci !== 'object' || raci === null || Object.getPrototypeOf(raci) !== Object.prototype) return null;
    const letters: Record<string, TRaciLetter> = {};
    let accountable = 0;
    for (const [role, letter] of Object.entries(raci)) {
      if (!isUuid(role) || !(RACI_LETTERS as readonly unknown[]).includes(letter)) return null;
      if (letter === 'A') accountable++;
      letters[role] = letter as TRaciLetter;
    }
    if (accountable > 1) return null;
    out.raci = letters;
  }
  if (confidence !== undefined) {
    if (typeof confidence !== 'number' || !Number.isInteger(confidence) || confidence < CONFIDENCE.min || confidence > CONFIDENCE.max) return null;
    out.confidence = confidence;
  }
  const named = (out.owners?.length ?? 0) + (out.raci ? Object.keys(out.raci).length : 0);
  if (choice === 'owners' ? named === 0 : named > 0) return null;
  return out;
}

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

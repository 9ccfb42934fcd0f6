import { LIMITS, type TAnswerChoice, type TAnswerMode, type TAnswerSubmit, type TRaciLetter } from '@thinline/shared';
import { contracts } from './contracts';
import { t } from '../../i18n/i18n';

/** What the person has picked on a concern's screen, before it is sent. */
export interface AnswerDraft {
  /** null: nothing picked yet. */
  choice: TAnswerChoice | null;
  /** owners mode: the roles picked, in the order of the session's roles. */
  owners: string[];
  /** RACI mode: a letter per role; roles without a letter are absent. */
  raci: Record<string, TRaciLetter>;
  confidence: number | null;
  comment: string;
}

export const EMPTY_DRAFT: AnswerDraft = { choice: null, owners: [], raci: {}, confidence: null, comment: '' };

/** An answer as stored or queued, for re-editing. */
export interface AnswerLike {
  choice: TAnswerChoice;
  owners?: readonly string[] | null;
  raci?: Readonly<Record<string, TRaciLetter>> | null;
  confidence?: number | null;
  comment?: string | null;
}

export function draftFromAnswer(a: AnswerLike): AnswerDraft {
  return {
    choice: a.choice,
    owners: a.choice === 'owners' ? [...(a.owners ?? [])] : [],
    raci: a.choice === 'owners' && a.raci ? { ...a.raci } : {},
    confidence: a.confidence ?? null,
    comment: a.comment ?? '',
  };
}

/** Owners mode: add or remove a role. Picking a role leaves "nobody" / "don't know". */
export function toggleOwner(draft: AnswerDraft, roleId: string, roleOrder: readonly string[]): AnswerDraft {
  const current = draft.choice === 'owners' ? draft.owners : [];
  const next = current.includes(roleId) ? current.filter((r) => r !== roleId) : [...current, roleId];
  const owners = roleOrder.filter((r) => next.includes(r));
  return { ...draft, choice: owners.length > 0 ? 'owners' : null, owners, raci: {} };
}

/** "Nobody owns this" / "Don't know": exclusive; tapping the picked one again clears it. */
export function toggleExclusive(draft: AnswerDraft, choice: 'nobody' | 'unknown'): AnswerDraft {
  if (draft.choice === choice) return { ...draft, choice: null };
  return { ...draft, choice, owners: [], raci: {} };
}

export interface RaciChange {
  draft: AnswerDraft;
  /** the role that lost its A because another role was made Accountable. */
  movedAccountableFrom: string | null;
}

/**
 * RACI mode: set (or with null, clear) the letter of one role. Only one role can be
 * Accountable: giving A to a role takes it from the role that had it, and says which.
 */
export function setRaciLetter(draft: AnswerDraft, roleId: string, letter: TRaciLetter | null): RaciChange {
  const raci: Record<string, TRaciLetter> = draft.choice === 'owners' ? { ...draft.raci } : {};
  let movedAccountableFrom: string | null = null;
  if (letter === null || raci[roleId] === letter) {
    delete raci[roleId];
  } else {
    if (letter === 'A') {
      for (const [other, l] of Object.entries(raci)) {
        if (l === 'A' && other !== roleId) {
          delete raci[other];
          movedAccountableFrom = other;
        }
      }
    }
    raci[roleId] = letter;
  }
  const choice = Object.keys(raci).length > 0 ? 'owners' : null;
  return { draft: { ...draft, choice, owners: [], raci }, movedAccountableFrom };
}

export function setConfidence(draft: AnswerDraft, confidence: number | null): AnswerDraft {
  return { ...draft, confidence: draft.confidence === confidence ? null : confidence };
}

export type SubmissionResult = { ok: true; answer: TAnswerSubmit } | { ok: false; message: string };

/**
 * The `answer:submit` payload for a draft, validated with the shared contract so the
 * person sees a problem before anything is sent.
 */
export function toSubmission(draft: AnswerDraft, ids: { answerId: string; concernId: string }, mode: TAnswerMode): SubmissionResult {
  if (draft.choice === null) {
    return { ok: false, message: mode === 'raci' ? t('phone.answer.pickRaci') : t('phone.answer.pickOwners') };
  }
  const comment = draft.comment.trim();
  const candidate: Record<string, unknown> = { answerId: ids.answerId, concernId: ids.concernId, choice: draft.choice };
  if (draft.choice === 'owners') {
    if (mode === 'raci') candidate.raci = draft.raci;
    else candidate.owners = draft.owners;
  }
  if (draft.confidence !== null) candidate.confidence = draft.confidence;
  if (comment.length > 0) candidate.comment = comment;
  const parsed = contracts().ZAnswerSubmit.safeParse(candidate);
  if (!parsed.success) {
    // the contract's issue is English; the person reads its field's sentence in their language
    const tooLong = parsed.error.issues.some((issue) => issue.path[0] === 'comment');
    return { ok: false, message: tooLong ? t('phone.answer.commentTooLong', { n: LIMITS.commentLength }) : t('phone.answer.cannotSend') };
  }
  return { ok: true, answer: parsed.data };
}

function sameRaci(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/** true when the draft says the same as a stored answer (nothing new to save). */
export function draftEquals(draft: AnswerDraft, answer: AnswerLike | null | undefined): boolean {
  if (!answer) return draft.choice === null;
  const other = draftFromAnswer(answer);
  return (
    draft.choice === other.choice &&
    draft.owners.length === other.owners.length &&
    draft.owners.every((r) => other.owners.includes(r)) &&
    sameRaci(draft.raci, other.raci) &&
    draft.confidence === other.confidence &&
    draft.comment.trim() === other.comment.trim()
  );
}

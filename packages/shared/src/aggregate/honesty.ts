import type { TConcernAggregate, TShownConcernAggregate } from '../contracts/aggregate.js';

// The two ways a concern's status can overclaim, and the flags that say so (product.md,
// "Aggregates": contested and too few answers). Pure: the presenter, the report and every
// export call the same functions, so a concern reads "contested" everywhere or nowhere.

/** How close to θ the top share may come and still read as undecided: 10 percentage points. */
export const CONTESTED_MARGIN = 0.1;
/** Below this agreement the room has not settled on one answer, whatever the top share says: 50%. */
export const AGREEMENT_FLOOR = 0.5;

export interface HonestyOptions {
  /** θ, the owner threshold. */
  threshold: number;
  /** k, the smallest group shown: fewer answers than this are "too few answers". */
  minAnswers: number;
  margin?: number;
  floor?: number;
}

/** The highest share any role reaches (0 without roles or answers). */
export function topShare(aggregate: TShownConcernAggregate): number {
  return Math.max(0, ...Object.values(aggregate.shares));
}

/**
 * Too few answers: |N(c)| > 0 but below k. One person's answer is 100% of one answer;
 * showing it as "100% · CLEAR" would claim a room's view that does not exist.
 */
export function isTooFewAnswers(aggregate: TConcernAggregate, minAnswers: number): boolean {
  if (aggregate.suppressed) return false;
  return aggregate.answered > 0 && aggregate.answered < minAnswers;
}

/**
 * Contested: a concern the room has not settled, although its status may say it has. With at
 * least k answers, either the top share lies within `margin` of θ (|top − θ| < margin: a few
 * people changing their mind flip the owner), or agreement is below `floor`.
 */
export function isContested(aggregate: TConcernAggregate, options: HonestyOptions): boolean {
  if (aggregate.suppressed || aggregate.answered === 0 || isTooFewAnswers(aggregate, options.minAnswers)) return false;
  const margin = options.margin ?? CONTESTED_MARGIN;
  const floor = options.floor ?? AGREEMENT_FLOOR;
  const nearThreshold = Math.abs(topShare(aggregate) - options.threshold) < margin - 1e-9;
  const lowAgreement = aggregate.agreement !== null && aggregate.agreement < floor - 1e-9;
  return nearThreshold || lowAgreement;
}

export type HonestStatusKind = TShownConcernAggregate['status'] | 'contested' | 'too few';

/**
 * The status a concern should be shown with: 'too few' before anything else (the numbers
 * do not yet describe a room); 'contested' in place of 'clear' when {@link isContested}
 * (gap and overlap already say there is something to discuss, so they stay); otherwise the
 * aggregate's own status.
 */
export function honestStatus(aggregate: TConcernAggregate, options: HonestyOptions): HonestStatusKind {
  if (isTooFewAnswers(aggregate, options.minAnswers)) return 'too few';
  if (aggregate.status === 'clear' && isContested(aggregate, options)) return 'contested';
  return aggregate.status;
}

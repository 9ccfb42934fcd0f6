import type { TConcernState } from '@thinline/shared';

/** Where the person is: a concern's index, or the summary of all answers. */
export type Position = number | 'summary';

/** The next concern after `from` that is not pending, or the summary when none is left. */
export function nextPosition(states: readonly TConcernState[], from: Position): Position {
  if (from === 'summary') return 'summary';
  for (let i = from + 1; i < states.length; i++) if (states[i] !== 'pending') return i;
  return 'summary';
}

/** The previous concern that is not pending (from the summary: the last one), or null. */
export function previousPosition(states: readonly TConcernState[], from: Position): number | null {
  const start = from === 'summary' ? states.length - 1 : from - 1;
  for (let i = start; i >= 0; i--) if (states[i] !== 'pending') return i;
  return null;
}

/**
 * Where to start: the facilitator's current concern when they lead, else the first open
 * concern not answered yet, else the summary.
 */
export function initialPosition(states: readonly TConcernState[], currentIndex: number, answered: readonly boolean[]): Position {
  if (currentIndex >= 0) return currentIndex;
  const first = states.findIndex((s, i) => s === 'open' && !answered[i]);
  if (first >= 0) return first;
  return states.length > 0 && answered.every(Boolean) ? 'summary' : Math.max(0, states.findIndex((s) => s !== 'pending'));
}

import type { TSessionAction } from '@thinline/shared';

/** What each control-room action does, for "Could not …" messages. */
export const ACTION_WORDS: Record<TSessionAction, string> = {
  start: 'start the session',
  close: 'close the session',
  open: 'open the concern',
  lock: 'lock the concern',
  reveal: 'reveal the results',
  hide: 'hide the results',
  goto: 'go to the concern',
  next: 'go to the next concern',
  previous: 'go to the previous concern',
  'next-round': 'start the next round',
};

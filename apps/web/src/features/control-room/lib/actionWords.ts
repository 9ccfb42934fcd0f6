import type { TSessionAction } from '@thinline/shared';
import type { MessageId } from '../../../i18n/i18n';

/** What the control room says when an action was refused: "Could not start the session". */
export const ACTION_FAILED: Record<TSessionAction, MessageId> = {
  start: 'app.controlRoom.failed.start',
  close: 'app.controlRoom.failed.close',
  open: 'app.controlRoom.failed.open',
  lock: 'app.controlRoom.failed.lock',
  reveal: 'app.controlRoom.failed.reveal',
  hide: 'app.controlRoom.failed.hide',
  goto: 'app.controlRoom.failed.goto',
  next: 'app.controlRoom.failed.next',
  previous: 'app.controlRoom.failed.previous',
  'next-round': 'app.controlRoom.failed.nextRound',
};

import type { TConcernState, TSessionStatus } from '@thinline/shared';
import { type MessageId, t } from '../../../i18n/i18n';

const SESSION_STATUS_MESSAGES: Record<TSessionStatus, MessageId> = {
  lobby: 'app.session.status.lobby',
  live: 'app.session.status.live',
  closed: 'app.session.status.closed',
};

const CONCERN_STATE_MESSAGES: Record<TConcernState, MessageId> = {
  pending: 'app.session.concernState.pending',
  open: 'app.session.concernState.open',
  locked: 'app.session.concernState.locked',
};

/**
 * A map whose every value is read from the catalogue when it is read, so the screens that
 * index it while rendering (the control room, the workshop's sessions, the comparison, an
 * org viewer's page) show the language that is on screen now, not the one at import time.
 */
function shownWords<K extends string>(messages: Record<K, MessageId>): Readonly<Record<K, string>> {
  const words = {} as Record<K, string>;
  for (const key of Object.keys(messages) as K[]) Object.defineProperty(words, key, { enumerable: true, get: () => t(messages[key]) });
  return words;
}

/** "Lobby", "Live", "Closed" in the shown language. */
export const SESSION_STATUS_LABELS = shownWords(SESSION_STATUS_MESSAGES);

/** "Not open yet", "Open", "Locked" in the shown language. */
export const CONCERN_STATE_LABELS = shownWords(CONCERN_STATE_MESSAGES);

import type { TConcernState, TSessionStatus } from '@thinline/shared';

export const SESSION_STATUS_LABELS: Record<TSessionStatus, string> = {
  lobby: 'Lobby',
  live: 'Live',
  closed: 'Closed',
};

export const CONCERN_STATE_LABELS: Record<TConcernState, string> = {
  pending: 'Not open yet',
  open: 'Open',
  locked: 'Locked',
};

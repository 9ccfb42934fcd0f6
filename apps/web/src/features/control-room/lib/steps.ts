import type { TConcernStatus, TSessionAction } from '@thinline/shared';

export interface Step {
  action: TSessionAction;
  concernId?: string;
}

/** "Reveal and lock": answers stop, then the room sees the result (what is shown no longer moves). */
export function revealAndLockSteps(status: Pick<TConcernStatus, 'concernId' | 'state' | 'revealed'>): Step[] {
  const steps: Step[] = [];
  if (status.state === 'open') steps.push({ action: 'lock', concernId: status.concernId });
  if (!status.revealed && status.state !== 'pending') steps.push({ action: 'reveal', concernId: status.concernId });
  return steps;
}

/**
 * Facilitator-led "Next": with `closeCurrent`, the current concern is locked and revealed
 * before the next one opens on the phones; without it, only the move.
 */
export function nextSteps(current: Pick<TConcernStatus, 'concernId' | 'state' | 'revealed'> | undefined, closeCurrent: boolean): Step[] {
  return [...(closeCurrent && current ? revealAndLockSteps(current) : []), { action: 'next' }];
}

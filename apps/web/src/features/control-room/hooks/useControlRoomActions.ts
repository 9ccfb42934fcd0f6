import type { TSessionAction } from '@thinline/shared';
import { useState } from 'react';
import { useSessionAction } from './useSessionAction';

export const SESSION_HEADING_ID = 'session-controls-heading';

/**
 * The control room's one channel for actions: which button is busy, the last error (a 409
 * says plainly why the action is not allowed now), and bulk reveal/hide one concern at a time.
 */
export function useControlRoomActions(sessionId: string) {
  const mutation = useSessionAction(sessionId);
  const [bulk, setBulk] = useState<TSessionAction | null>(null);

  const run = (action: TSessionAction, concernId?: string, label?: string) =>
    mutation.mutate(
      { action, concernId, label },
      {
        onSuccess: () => {
          // start / close / next round remove the button just pressed; keep focus on the
          // session section instead of letting it fall back to the top of the page
          if (action === 'start' || action === 'close' || action === 'next-round') {
            document.getElementById(SESSION_HEADING_ID)?.focus();
          }
        },
      },
    );

  /** Several actions one after the other (busy as `busy`), stopping at the first refusal. */
  const runSteps = async (busy: TSessionAction, steps: { action: TSessionAction; concernId?: string }[]) => {
    setBulk(busy);
    try {
      for (const step of steps) await mutation.mutateAsync(step);
    } catch {
      // the mutation keeps the error for display; stop at the first refusal
    } finally {
      setBulk(null);
    }
  };

  const isBusy = (action: TSessionAction, concernId?: string) =>
    bulk === action || (mutation.isPending && mutation.variables?.action === action && mutation.variables.concernId === concernId);

  return {
    run,
    runForEach: (action: TSessionAction, concernIds: string[]) => void runSteps(action, concernIds.map((concernId) => ({ action, concernId }))),
    runSteps: (busy: TSessionAction, steps: { action: TSessionAction; concernId?: string }[]) => void runSteps(busy, steps),
    isBusy,
    anyBusy: mutation.isPending || bulk !== null,
    error: mutation.error,
    failedAction: mutation.isError ? mutation.variables?.action : undefined,
    dismiss: mutation.reset,
  };
}

export type ControlRoomActions = ReturnType<typeof useControlRoomActions>;

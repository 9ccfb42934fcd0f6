import type { TPresenterCommand } from '@thinline/shared';
import { useEffect, useRef } from 'react';

type Listener = (command: TPresenterCommand) => void;

/** The presenters of each session on this page, by session id. */
const listeners = new Map<string, Set<Listener>>();

/**
 * The live socket's side: a `presenter:command` from the control room (which the server hands
 * to every presenter of the session, signed in or by link, on every API process) goes to the
 * projector views of that session on this page.
 */
export function deliverPresenterCommand(sessionId: string, command: TPresenterCommand): void {
  for (const listener of listeners.get(sessionId) ?? []) listener(command);
}

/** The projector's side: follows the control room's view and page. */
export function usePresenterRemote(sessionId: string, onCommand: Listener): void {
  const latest = useRef(onCommand);
  useEffect(() => {
    latest.current = onCommand;
  });
  useEffect(() => {
    const listener: Listener = (command) => latest.current(command);
    const set = listeners.get(sessionId) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(sessionId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) listeners.delete(sessionId);
    };
  }, [sessionId]);
}

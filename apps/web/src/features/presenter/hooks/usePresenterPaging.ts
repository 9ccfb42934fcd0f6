import { useEffect, useRef } from 'react';

export type PagingMessage = { kind: 'page'; delta: number } | { kind: 'view'; view: string };

const channelName = (sessionId: string) => `thinline:present:${sessionId}`;

/** The control room's side: turns the pages of the projector window opened from this browser. */
export function sendToPresenter(sessionId: string, message: PagingMessage): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(channelName(sessionId));
  channel.postMessage(message);
  channel.close();
}

/**
 * The projector's side: listens for the control room's page turns. A BroadcastChannel reaches
 * every window of the same browser profile, which is how a facilitator runs a room: the
 * control room on the laptop's screen, the presenter on the projector as a second window.
 */
export function usePresenterRemote(sessionId: string, onMessage: (message: PagingMessage) => void): void {
  const latest = useRef(onMessage);
  useEffect(() => {
    latest.current = onMessage;
  });
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(channelName(sessionId));
    channel.onmessage = (event: MessageEvent<PagingMessage>) => latest.current(event.data);
    return () => channel.close();
  }, [sessionId]);
}

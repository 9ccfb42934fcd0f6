/// <reference types="jest" />
// apps/web compiles for the browser (types: vite/client); the Jest globals come in here.
import { QueryClient } from '@tanstack/react-query';
import type { THeatmap, TSession } from '@thinline/shared';
import { applyHeatmap, applyPresence, applySessionState, sessionKeys } from '../api';

const S = '0190c8a2-0000-7000-8000-0000000000aa';

function session(): TSession {
  return {
    id: S,
    workshopId: 'w',
    title: 'T',
    joinCode: 'AB3K7Q',
    status: 'lobby',
    roles: [],
    concerns: [],
    settings: { pacing: 'self-paced', anonymity: 'anonymous', answerMode: 'owners', threshold: 0.5, minSegmentSize: 3, maxParticipants: 100, locale: 'en', closesAt: null },
    state: { sessionId: S, status: 'lobby', pacing: 'self-paced', round: 1, currentConcernId: null, concerns: [], rounds: [{ round: 1, label: null }], closesAt: null, answeringClosed: false },
    participants: 0,
    createdAt: '2026-01-01T00:00:00Z',
    startedAt: null,
    closedAt: null,
    openFollowUps: [],
  };
}

function heatmap(round: number): THeatmap {
  return { sessionId: S, round, segment: null, threshold: 0.5, minSegmentSize: 3, participants: 4, answers: 0, suppressed: false, concerns: [] };
}

describe('live cache updaters', () => {
  let client: QueryClient;
  beforeEach(() => {
    client = new QueryClient();
    client.setQueryData(sessionKeys.session(S), session());
  });
  afterEach(() => client.clear());

  it('session:state replaces the state and the status', () => {
    applySessionState(client, { ...session().state, status: 'live', currentConcernId: null });
    expect(client.getQueryData<TSession>(sessionKeys.session(S))).toMatchObject({ status: 'live', state: { status: 'live' } });
  });

  it('session:state with a new round marks the current-round heatmap stale', () => {
    client.setQueryData(sessionKeys.heatmap(S), heatmap(1));
    client.setQueryData(sessionKeys.heatmap(S, { round: 1 }), heatmap(1));
    applySessionState(client, { ...session().state, status: 'live', round: 2 });
    expect(client.getQueryState(sessionKeys.heatmap(S))?.isInvalidated).toBe(true);
    expect(client.getQueryState(sessionKeys.heatmap(S, { round: 1 }))?.isInvalidated).toBe(false);
  });

  it('presence sets the participant count', () => {
    applyPresence(client, S, { participants: 37 });
    expect(client.getQueryData<TSession>(sessionKeys.session(S))?.participants).toBe(37);
  });

  it('heatmap fills the current-round entry and the entry of its round number', async () => {
    await applyHeatmap(client, heatmap(2));
    expect(client.getQueryData(sessionKeys.heatmap(S))).toEqual(heatmap(2));
    expect(client.getQueryData(sessionKeys.heatmap(S, { round: 2 }))).toEqual(heatmap(2));
    expect(client.getQueryData(sessionKeys.heatmap(S, { round: 1 }))).toBeUndefined();
  });

  it('does nothing to a session that is not loaded', () => {
    client.clear();
    applyPresence(client, S, { participants: 3 });
    expect(client.getQueryData(sessionKeys.session(S))).toBeUndefined();
  });

  it('a heatmap frame wins over a fetch of the same numbers that was asked before it and answers after it', async () => {
    let answer: (h: THeatmap) => void = () => undefined;
    const older = new Promise<THeatmap>((resolve) => (answer = resolve));
    const fetching = client.fetchQuery({ queryKey: sessionKeys.heatmap(S), queryFn: () => older }).catch(() => undefined);
    await applyHeatmap(client, heatmap(3));
    answer(heatmap(1));
    await fetching;
    expect(client.getQueryData(sessionKeys.heatmap(S))).toEqual(heatmap(3));
  });
});

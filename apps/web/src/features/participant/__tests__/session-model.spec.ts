import { beforeAll, describe, expect, it } from '@jest/globals';
import { PHONE_PAGE_DATA_ID, type TConcernAggregate, type TJoinResult, type TSessionState } from '@thinline/shared';
import { initialPosition, nextPosition, previousPosition } from '../flow';
import { INITIAL_MODEL, type ParticipantModel, concernState, reduce, saveStateFor, savedThisRound, viewOf, visibleResult } from '../session-model';
import { parseView } from '../storage';
import { readPhonePageData } from '../phone-page-data';
import { loadContracts } from '../contracts';

const S = '20000000-0000-4000-8000-000000000001';
const C1 = '10000000-0000-4000-8000-000000000001';
const C2 = '10000000-0000-4000-8000-000000000002';
const R1 = '00000000-0000-4000-8000-000000000001';

function state(over: Partial<TSessionState> = {}): TSessionState {
  return {
    sessionId: S,
    status: 'live',
    pacing: 'self-paced',
    round: 1,
    currentConcernId: null,
    concerns: [
      { concernId: C1, state: 'open', revealed: false },
      { concernId: C2, state: 'open', revealed: false },
    ],
    rounds: [{ round: 1, label: null }],
    closesAt: null,
    answeringClosed: false,
    ...over,
  };
}

function joined(over: Partial<TJoinResult> = {}): ParticipantModel {
  const result: TJoinResult = {
    participantId: 'p1',
    resumeToken: 't'.repeat(30),
    ownRole: R1,
    name: null,
    session: {
      id: S,
      title: 'T',
      status: 'live',
      roles: [{ id: R1, name: 'DE' }],
      concerns: [],
      state: state(),
      settings: { pacing: 'self-paced', anonymity: 'anonymous', answerMode: 'owners' },
    },
    answers: [{ answerId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', concernId: C1, round: 1, choice: 'nobody', owners: [], raci: null, confidence: null, comment: null }],
    ...over,
  };
  return reduce(INITIAL_MODEL, { type: 'joined', result, profileDone: true });
}

const aggregate = (concernId: string): TConcernAggregate => ({
  concernId,
  answered: 3,
  unknown: 0,
  shares: { [R1]: 1 },
  nobody: 0,
  owners: [R1],
  status: 'clear',
  agreement: 1,
  confidence: null,
  suppressed: false,
});

describe('participant session model', () => {
  // the schemas the phone loads after its first screen (contracts.ts)
  beforeAll(() => loadContracts());

  it('a join shows the saved answers of this round as saved', () => {
    const m = joined();
    expect(m.phase).toBe('ready');
    expect(savedThisRound(m, C1)?.choice).toBe('nobody');
    expect(saveStateFor(m, C1, undefined, true, false)).toEqual({ kind: 'saved' });
    expect(saveStateFor(m, C2, undefined, true, true)).toEqual({ kind: 'none' });
  });

  it('an answer in the outbox is "saving" while the server takes answers, "waiting" offline or when asked to try later, never "saved"', () => {
    const m = joined();
    const pending = { answer: { choice: 'unknown' as const } };
    expect(saveStateFor(m, C1, pending, true, false).kind).toBe('saving');
    const offline = reduce(m, { type: 'disconnected' });
    expect(saveStateFor(offline, C1, pending, true, false).kind).toBe('waiting');
    // connected, but the server handed the answer back (answer/retry): waiting for the server too
    expect(saveStateFor(m, C1, pending, true, false, true).kind).toBe('waiting');
  });

  it('after a reload with the server away, shows what it last knew: the questions and the acknowledged answers as saved', () => {
    const before = reduce(joined(), { type: 'answer-saved', answer: { answerId: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', concernId: C2, choice: 'owners', owners: [R1] } });
    const stored = parseView(JSON.stringify(viewOf(before)));
    expect(stored).not.toBeNull();
    const after = reduce(INITIAL_MODEL, { type: 'restored', view: stored! });
    expect(after).toMatchObject({ phase: 'ready', online: false, everJoined: true, session: before.session, me: before.me });
    expect(saveStateFor(after, C2, undefined, true, false)).toEqual({ kind: 'saved' });
    expect(saveStateFor(after, C1, { answer: { choice: 'unknown' } }, false, false)).toEqual({ kind: 'waiting' });
    // the server's own join wins over the stored picture, and a later restore changes nothing
    expect(reduce(before, { type: 'restored', view: stored! })).toBe(before);
  });

  it('the phone page\'s own data shows the join screen before the socket joined; the join result then replaces it', () => {
    const { session } = joined();
    const data = { joinCode: 'AB3K7Q', session };
    const doc = { getElementById: (id: string) => (id === PHONE_PAGE_DATA_ID ? ({ textContent: JSON.stringify(data) } as HTMLElement) : null) };
    const start = readPhonePageData('AB3K7Q', doc);
    expect(start).toEqual({ kind: 'session', session });
    const shown = reduce(INITIAL_MODEL, { type: 'preview', session: session! });
    expect(shown).toMatchObject({ phase: 'profile', online: false, everJoined: false, session, me: null });
    expect(viewOf(shown)).toBeNull();
    // another code's data, a page without data, or a refusal that retrying could change: the socket decides
    expect(readPhonePageData('ZZ9ZZ9', doc)).toBeNull();
    expect(readPhonePageData('AB3K7Q', { getElementById: () => null })).toBeNull();
    const refusal = (code: string) => ({ getElementById: () => ({ textContent: JSON.stringify({ joinCode: 'AB3K7Q', refusal: { code, message: 'm' } }) }) as unknown as HTMLElement });
    expect(readPhonePageData('AB3K7Q', refusal('session/not-found'))).toEqual({ kind: 'refused', refusal: { code: 'session/not-found', message: 'm' } });
    expect(readPhonePageData('AB3K7Q', refusal('rate/limited'))).toBeNull();
    // the join that follows knows better, and a preview after it changes nothing
    const after = joined();
    expect(reduce(after, { type: 'preview', session: session! })).toBe(after);
  });

  it('keeps nothing for a reload before the person is in', () => {
    expect(viewOf(INITIAL_MODEL)).toBeNull();
    expect(parseView('{"session":1}')).toBeNull();
    expect(parseView('not json')).toBeNull();
  });

  it('a refusal shows until the next submission for that concern', () => {
    let m = reduce(joined(), { type: 'answer-refused', concernId: C2, code: 'answer/locked', message: 'locked' });
    expect(saveStateFor(m, C2, undefined, false, false)).toMatchObject({ kind: 'refused', code: 'answer/locked' });
    m = reduce(m, { type: 'answer-queued', concernId: C2 });
    expect(m.refused[C2]).toBeUndefined();
  });

  it('results show only for revealed concerns of the current round', () => {
    let m = reduce(joined(), { type: 'results', results: { sessionId: S, round: 1, concerns: [aggregate(C1)] } });
    expect(visibleResult(m, C1)).toBeNull(); // not revealed yet
    m = reduce(m, { type: 'state', state: state({ concerns: [{ concernId: C1, state: 'locked', revealed: true }, { concernId: C2, state: 'open', revealed: false }] }) });
    expect(visibleResult(m, C1)?.concernId).toBe(C1);
    expect(concernState(m, C1)).toBe('locked');
    // a new round starts blind, and last round's answers are no longer "saved"
    m = reduce(m, { type: 'state', state: state({ round: 2, concerns: [{ concernId: C1, state: 'open', revealed: true }] }) });
    expect(visibleResult(m, C1)).toBeNull();
    expect(savedThisRound(m, C1)).toBeNull();
    expect(saveStateFor(m, C1, undefined, false, false).kind).toBe('unsaved');
  });

  it('ignores state and results of another session, and remembers a close', () => {
    const m = joined();
    expect(reduce(m, { type: 'state', state: state({ sessionId: 'other', status: 'closed' }) }).closed).toBe(false);
    expect(reduce(m, { type: 'state', state: state({ status: 'closed' }) }).closed).toBe(true);
    expect(reduce(m, { type: 'closed' }).closed).toBe(true);
  });
});

describe('moving between concerns', () => {
  const states = ['open', 'pending', 'locked', 'pending'] as const;
  it('skips concerns not open yet and ends on the summary', () => {
    expect(nextPosition(states, 0)).toBe(2);
    expect(nextPosition(states, 2)).toBe('summary');
    expect(previousPosition(states, 2)).toBe(0);
    expect(previousPosition(states, 'summary')).toBe(2);
    expect(previousPosition(states, 0)).toBeNull();
  });
  it('starts on the facilitator\'s concern, else the first open one not answered', () => {
    expect(initialPosition(states, 2, [false, false, false, false])).toBe(2);
    expect(initialPosition(['open', 'open'], -1, [true, false])).toBe(1);
    expect(initialPosition(['open', 'open'], -1, [true, true])).toBe('summary');
  });
});

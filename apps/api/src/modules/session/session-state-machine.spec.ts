import { SESSION_ACTIONS, SESSION_STATUSES, type TPacing, type TSessionAction, type TSessionStatus } from '@thinline/shared';
import { applyChanges, changesNothing, decide, type MachineAction, type MachineConcern, type MachineState } from './session-state-machine.js';

const [A, B, C, D] = ['aaaaaaaa-0000-4000-8000-000000000001', 'bbbbbbbb-0000-4000-8000-000000000002', 'cccccccc-0000-4000-8000-000000000003', 'dddddddd-0000-4000-8000-000000000004'];

function session(overrides: Partial<MachineState> = {}): MachineState {
  return { status: 'live', pacing: 'facilitator-led', round: 1, currentConcernId: A, concerns: concerns('open', 'pending', 'pending', 'pending'), ...overrides };
}

function concerns(...states: MachineConcern['state'][]): MachineConcern[] {
  return states.map((state, i) => ({ id: [A, B, C, D][i]!, state, revealed: false }));
}

/** The state after the action; fails the test with the refusal when it is refused. */
function after(state: MachineState, action: MachineAction): MachineState {
  const outcome = decide(state, action);
  if (!outcome.ok) throw new Error(`refused: ${outcome.error.code}: ${outcome.error.message}`);
  return applyChanges(state, outcome.changes);
}

function refusal(state: MachineState, action: MachineAction): { code: string; message: string } {
  const outcome = decide(state, action);
  if (outcome.ok) throw new Error(`allowed: ${JSON.stringify(outcome.changes)}`);
  return { code: outcome.error.code, message: outcome.error.message };
}

const statesOf = (s: MachineState) => s.concerns.map((c) => `${c.state}${c.revealed ? '+revealed' : ''}`);

describe('session state machine: which actions each status and pacing allows', () => {
  // A live-looking session: A open and revealed, B open and current, C locked, D pending.
  const base = (status: TSessionStatus, pacing: TPacing): MachineState => ({
    status,
    pacing,
    round: 1,
    currentConcernId: pacing === 'facilitator-led' ? B : null,
    concerns: [
      { id: A, state: 'open', revealed: true },
      { id: B, state: 'open', revealed: false },
      { id: C, state: 'locked', revealed: false },
      { id: D, state: 'pending', revealed: false },
    ],
  });
  // The concern each action is tried on: one the action is allowed on when the status allows it.
  const concernFor: Partial<Record<TSessionAction, string>> = { open: C, lock: B, reveal: B, hide: A, goto: C };

  type Expect = 'ok' | 'session/invalid-state' | 'session/closed';
  type Row = Record<TSessionStatus, Expect>;
  const both = (row: Row): Record<TPacing, Row> => ({ 'self-paced': row, 'facilitator-led': row });
  const invalid = 'session/invalid-state';
  const liveOnly: Row = { lobby: invalid, live: 'ok', closed: 'session/closed' };
  const afterStart: Row = { lobby: invalid, live: 'ok', closed: 'ok' };
  const ledOnly: Record<TPacing, Row> = { 'self-paced': { lobby: invalid, live: invalid, closed: 'session/closed' }, 'facilitator-led': liveOnly };
  const expected: Record<TSessionAction, Record<TPacing, Row>> = {
    start: both({ lobby: 'ok', live: invalid, closed: 'session/closed' }),
    close: both({ lobby: 'ok', live: 'ok', closed: 'session/closed' }),
    open: both(liveOnly),
    lock: both(liveOnly),
    reveal: both(afterStart),
    hide: both(afterStart),
    goto: ledOnly,
    next: ledOnly,
    previous: ledOnly,
    'next-round': both(liveOnly),
  };

  const cases = SESSION_ACTIONS.flatMap((action) =>
    (['self-paced', 'facilitator-led'] as const).flatMap((pacing) =>
      SESSION_STATUSES.map((status) => ({ action, pacing, status, want: expected[action][pacing][status] })),
    ),
  );

  it('covers every action, pacing and status', () => {
    expect(cases).toHaveLength(SESSION_ACTIONS.length * 2 * SESSION_STATUSES.length);
  });

  it.each(cases)('$action in a $pacing session that is $status: $want', ({ action, pacing, status, want }) => {
    const outcome = decide(base(status, pacing), { action, concernId: concernFor[action] });
    if (want === 'ok') {
      expect(outcome).toMatchObject({ ok: true });
    } else {
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(outcome.error.code).toBe(want);
        expect(outcome.error.status).toBe(409);
        expect(outcome.error.message.length).toBeGreaterThan(10);
      }
    }
  });
});

describe('start', () => {
  it('self-paced: goes live with every concern still open and no current concern', () => {
    const lobby = session({ status: 'lobby', pacing: 'self-paced', currentConcernId: null, concerns: concerns('open', 'open', 'open') });
    const outcome = decide(lobby, { action: 'start' });
    expect(outcome).toMatchObject({ ok: true, changes: { status: 'live', started: true } });
    const live = after(lobby, { action: 'start' });
    expect(live.currentConcernId).toBeNull();
    expect(statesOf(live)).toEqual(['open', 'open', 'open']);
  });

  it('facilitator-led: goes live, opens the first concern and makes it current', () => {
    const lobby = session({ status: 'lobby', currentConcernId: null, concerns: concerns('pending', 'pending', 'pending') });
    const live = after(lobby, { action: 'start' });
    expect(live.status).toBe('live');
    expect(live.currentConcernId).toBe(A);
    expect(statesOf(live)).toEqual(['open', 'pending', 'pending']);
  });

  it('refuses a session that is already live, with a sentence that says so', () => {
    expect(refusal(session(), { action: 'start' })).toEqual({ code: 'session/invalid-state', message: 'The session is already live.' });
  });
});

describe('close', () => {
  it.each(['lobby', 'live'] as const)('from %s: locks every concern and stamps closedAt', (status) => {
    const s = session({ status, concerns: concerns('open', 'locked', 'pending') });
    const outcome = decide(s, { action: 'close' });
    expect(outcome).toMatchObject({ ok: true, changes: { status: 'closed', closed: true } });
    expect(statesOf(after(s, { action: 'close' }))).toEqual(['locked', 'locked', 'locked']);
  });

  it('keeps what was revealed revealed, so the room still sees those results', () => {
    const s = session({ concerns: [{ id: A, state: 'locked', revealed: true }, { id: B, state: 'open', revealed: false }] });
    expect(statesOf(after(s, { action: 'close' }))).toEqual(['locked+revealed', 'locked']);
  });

  it('refuses closing twice', () => {
    expect(refusal(session({ status: 'closed' }), { action: 'close' }).code).toBe('session/closed');
  });
});

describe('open and lock', () => {
  it('opens a locked concern again, and a pending one', () => {
    const s = session({ concerns: concerns('locked', 'pending') });
    expect(statesOf(after(s, { action: 'open', concernId: A }))).toEqual(['open', 'pending']);
    expect(statesOf(after(s, { action: 'open', concernId: B }))).toEqual(['locked', 'open']);
  });

  it('does not move the current concern when opening another one', () => {
    const s = session({ concerns: concerns('open', 'locked') });
    expect(after(s, { action: 'open', concernId: B }).currentConcernId).toBe(A);
  });

  it('refuses opening a concern that is already open', () => {
    expect(refusal(session(), { action: 'open', concernId: A })).toEqual({ code: 'session/invalid-state', message: 'This concern is already open.' });
  });

  it('locks an open concern', () => {
    expect(statesOf(after(session(), { action: 'lock', concernId: A }))).toEqual(['locked', 'pending', 'pending', 'pending']);
  });

  it('refuses locking a locked concern, and a concern never opened', () => {
    const s = session({ concerns: concerns('locked', 'pending') });
    expect(refusal(s, { action: 'lock', concernId: A }).message).toBe('This concern is already locked.');
    expect(refusal(s, { action: 'lock', concernId: B }).message).toMatch(/not been opened yet/);
  });

  it('refuses both in the lobby and tells the facilitator to start first', () => {
    const lobby = session({ status: 'lobby', pacing: 'self-paced', concerns: concerns('open', 'open') });
    expect(refusal(lobby, { action: 'lock', concernId: A }).message).toBe('Start the session before you lock a concern.');
    expect(refusal(lobby, { action: 'open', concernId: A }).message).toBe('Start the session before you open a concern.');
  });
});

describe('reveal and hide', () => {
  it('reveals a locked concern, and an open one, without changing its state', () => {
    const s = session({ concerns: concerns('locked', 'open') });
    expect(statesOf(after(s, { action: 'reveal', concernId: A }))).toEqual(['locked+revealed', 'open']);
    expect(statesOf(after(s, { action: 'reveal', concernId: B }))).toEqual(['locked', 'open+revealed']);
  });

  it('hides revealed results again', () => {
    const s = session({ concerns: [{ id: A, state: 'locked', revealed: true }] });
    expect(statesOf(after(s, { action: 'hide', concernId: A }))).toEqual(['locked']);
  });

  it('still reveals and hides after the session closed, for the debrief', () => {
    const closed = session({ status: 'closed', concerns: [{ id: A, state: 'locked', revealed: false }, { id: B, state: 'locked', revealed: true }] });
    expect(statesOf(after(closed, { action: 'reveal', concernId: A }))).toEqual(['locked+revealed', 'locked+revealed']);
    expect(statesOf(after(closed, { action: 'hide', concernId: B }))).toEqual(['locked', 'locked']);
    expect(after(closed, { action: 'reveal', concernId: A }).status).toBe('closed');
  });

  it('refuses revealing a concern never opened; revealing twice or hiding what is not shown changes nothing', () => {
    const s = session({ concerns: [{ id: A, state: 'pending', revealed: false }, { id: B, state: 'locked', revealed: true }, { id: C, state: 'locked', revealed: false }] });
    expect(refusal(s, { action: 'reveal', concernId: A }).message).toMatch(/no results to reveal/);
    // two co-facilitators pressing the same button: the second finds it done
    for (const request of [{ action: 'reveal', concernId: B }, { action: 'hide', concernId: C }] as const) {
      const outcome = decide(s, request);
      expect(outcome.ok && changesNothing(outcome.changes)).toBe(true);
      expect(statesOf(after(s, request))).toEqual(statesOf(s));
    }
  });

  it('refuses revealing in the lobby', () => {
    expect(refusal(session({ status: 'lobby', pacing: 'self-paced' }), { action: 'reveal', concernId: A }).message).toBe('Start the session before you reveal results.');
  });
});

describe('goto, next and previous (facilitator-led)', () => {
  it('goto makes a concern current and opens it when it was pending', () => {
    const s = after(session(), { action: 'goto', concernId: C });
    expect(s.currentConcernId).toBe(C);
    expect(statesOf(s)).toEqual(['open', 'pending', 'open', 'pending']);
  });

  it('goto to a locked concern makes it current and leaves it locked', () => {
    const s = after(session({ concerns: concerns('open', 'locked') }), { action: 'goto', concernId: B });
    expect(s.currentConcernId).toBe(B);
    expect(statesOf(s)).toEqual(['open', 'locked']);
  });

  it('goto refuses the concern that is already current', () => {
    expect(refusal(session(), { action: 'goto', concernId: A }).message).toBe('This concern is already the current one.');
  });

  it('next walks forward through the concerns in order, opening each; previous walks back', () => {
    let s = session();
    s = after(s, { action: 'next' });
    expect(s.currentConcernId).toBe(B);
    s = after(s, { action: 'next' });
    s = after(s, { action: 'next' });
    expect(s.currentConcernId).toBe(D);
    expect(statesOf(s)).toEqual(['open', 'open', 'open', 'open']);
    s = after(s, { action: 'previous' });
    expect(s.currentConcernId).toBe(C);
  });

  it('refuses next at the last concern and previous at the first', () => {
    expect(refusal(session({ currentConcernId: D }), { action: 'next' })).toEqual({ code: 'session/invalid-state', message: 'This is already the last concern.' });
    expect(refusal(session({ currentConcernId: A }), { action: 'previous' })).toEqual({ code: 'session/invalid-state', message: 'This is already the first concern.' });
  });

  it('without a current concern, next goes to the first and previous has nowhere to go', () => {
    const s = session({ currentConcernId: null, concerns: concerns('pending', 'pending') });
    expect(after(s, { action: 'next' }).currentConcernId).toBe(A);
    expect(refusal(s, { action: 'previous' }).code).toBe('session/invalid-state');
  });

  it.each(['goto', 'next', 'previous'] as const)('%s is refused in a self-paced session, saying why', (action) => {
    const s = session({ pacing: 'self-paced', currentConcernId: null });
    expect(refusal(s, { action, concernId: action === 'goto' ? B : undefined }).message).toMatch(/self-paced session everyone moves at their own pace/);
  });
});

describe('next-round', () => {
  it('self-paced: round + 1, every concern open again and every result hidden', () => {
    const s = session({
      pacing: 'self-paced',
      round: 1,
      currentConcernId: null,
      concerns: [{ id: A, state: 'locked', revealed: true }, { id: B, state: 'open', revealed: true }, { id: C, state: 'locked', revealed: false }],
    });
    const next = after(s, { action: 'next-round' });
    expect(next.round).toBe(2);
    expect(next.currentConcernId).toBeNull();
    expect(statesOf(next)).toEqual(['open', 'open', 'open']);
  });

  it('facilitator-led: round + 1, back to the first concern, the rest pending, results hidden', () => {
    const s = session({ round: 2, currentConcernId: C, concerns: [{ id: A, state: 'locked', revealed: true }, { id: B, state: 'locked', revealed: true }, { id: C, state: 'open', revealed: false }] });
    const next = after(s, { action: 'next-round' });
    expect(next.round).toBe(3);
    expect(next.currentConcernId).toBe(A);
    expect(statesOf(next)).toEqual(['open', 'pending', 'pending']);
  });

  it('only lists the concerns that change', () => {
    const s = session({ pacing: 'self-paced', currentConcernId: null, concerns: [{ id: A, state: 'open', revealed: false }, { id: B, state: 'locked', revealed: false }] });
    const outcome = decide(s, { action: 'next-round' });
    expect(outcome).toEqual({ ok: true, changes: { round: 2, currentConcernId: null, concerns: [{ id: B, state: 'open', revealed: false }] } });
  });
});

describe('concern ids', () => {
  it.each(['open', 'lock', 'reveal', 'hide', 'goto'] as const)('%s without a concernId is a validation error that names the field', (action) => {
    const r = refusal(session(), { action });
    expect(r.code).toBe('validation/invalid');
    expect(r.message).toContain('concernId');
  });

  it.each(['start', 'close', 'next', 'previous', 'next-round'] as const)('%s with a concernId is a validation error', (action) => {
    expect(refusal(session({ status: 'lobby' }), { action, concernId: A }).code).toBe('validation/invalid');
  });

  it('an id that is not one of the session\'s concerns is concern/not-found', () => {
    const r = refusal(session(), { action: 'lock', concernId: 'eeeeeeee-0000-4000-8000-000000000005' });
    expect(r).toEqual({ code: 'concern/not-found', message: 'This concern is not part of the session.' });
  });

  it('a closed session answers session/closed before looking at the concern', () => {
    expect(refusal(session({ status: 'closed' }), { action: 'lock', concernId: 'eeeeeeee-0000-4000-8000-000000000005' }).code).toBe('session/closed');
  });
});

describe('purity', () => {
  it('never changes the state it is given', () => {
    const s = session();
    const copy = structuredClone(s);
    for (const action of SESSION_ACTIONS) decide(s, { action, concernId: ['open', 'lock', 'reveal', 'hide', 'goto'].includes(action) ? B : undefined });
    expect(s).toEqual(copy);
  });
});

describe('pre-work', () => {
  const closed = (): MachineState => session({ pacing: 'self-paced', currentConcernId: null, concerns: concerns('locked', 'locked', 'locked', 'locked'), answeringClosed: true });

  it('refuses to reopen a concern once the closing time has passed: the next round is where people answer again', () => {
    expect(refusal(closed(), { action: 'open', concernId: A })).toEqual({ code: 'session/invalid-state', message: expect.stringMatching(/closed at its closing time.*next round/) });
    // still revealable, so the room can see the pre-work
    expect(statesOf(after(closed(), { action: 'reveal', concernId: A }))[0]).toBe('locked+revealed');
  });

  it('opens every concern again for the next round, with the label asked for', () => {
    const outcome = decide(closed(), { action: 'next-round', label: 'live' });
    expect(outcome.ok && outcome.changes.roundLabel).toBe('live');
    expect(statesOf(after(closed(), { action: 'next-round', label: 'live' }))).toEqual(['open', 'open', 'open', 'open']);
    const unlabelled = decide(closed(), { action: 'next-round' });
    expect(unlabelled.ok && unlabelled.changes.roundLabel).toBeUndefined();
  });

  it('takes a label only with next-round', () => {
    expect(refusal(session(), { action: 'lock', concernId: A, label: 'live' }).code).toBe('validation/invalid');
  });
});

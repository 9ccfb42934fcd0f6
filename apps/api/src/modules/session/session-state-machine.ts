import type { TConcernState, TPacing, TSessionAction, TSessionStatus } from '@thinline/shared';
import { AppError } from '../../common/errors/app-error.js';

/**
 * What a facilitator's action does to a session: a pure function of the session's
 * current state, so every allowed and refused transition is pinned by a unit test and
 * the service only loads, applies and announces.
 */

export interface MachineConcern {
  id: string;
  state: TConcernState;
  revealed: boolean;
}

export interface MachineState {
  status: TSessionStatus;
  pacing: TPacing;
  round: number;
  currentConcernId: string | null;
  /** In position order: next / previous / start follow it. */
  concerns: readonly MachineConcern[];
  /** pre-work: the current round's closing time has passed, so its answers are final */
  answeringClosed?: boolean;
}

export interface MachineAction {
  action: TSessionAction;
  concernId?: string | undefined;
  /** next-round only: the new round's label */
  label?: string | undefined;
}

export interface ConcernChange {
  id: string;
  state?: TConcernState;
  revealed?: boolean;
}

/** Only what changes. `started` / `closed` ask the caller to stamp startedAt / closedAt. */
export interface SessionChanges {
  status?: TSessionStatus;
  round?: number;
  currentConcernId?: string | null;
  started?: true;
  closed?: true;
  /** next-round with a label: what the new round is called */
  roundLabel?: string;
  concerns: ConcernChange[];
}

/** True when the action found its work already done (a second reveal of the same concern): nothing to write or log. */
export function changesNothing(changes: SessionChanges): boolean {
  return changes.concerns.length === 0 && changes.status === undefined && changes.round === undefined && changes.currentConcernId === undefined;
}

export type Outcome = { ok: true; changes: SessionChanges } | { ok: false; error: AppError };

const TAKES_CONCERN: ReadonlySet<TSessionAction> = new Set(['open', 'lock', 'reveal', 'hide', 'goto']);

export function decide(session: MachineState, request: MachineAction): Outcome {
  try {
    return { ok: true, changes: rules(session, request) };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, error: err };
    throw err;
  }
}

/** The state after `changes`: what the database holds once the service applied them. */
export function applyChanges(session: MachineState, changes: SessionChanges): MachineState {
  const byId = new Map(changes.concerns.map((c) => [c.id, c]));
  return {
    status: changes.status ?? session.status,
    pacing: session.pacing,
    round: changes.round ?? session.round,
    currentConcernId: changes.currentConcernId === undefined ? session.currentConcernId : changes.currentConcernId,
    concerns: session.concerns.map((c) => ({ ...c, ...byId.get(c.id) })),
  };
}

function rules(s: MachineState, { action, concernId, label }: MachineAction): SessionChanges {
  if (s.status === 'closed' && action !== 'reveal' && action !== 'hide') {
    throw new AppError('session/closed', 'This session is closed and can no longer change; you can still reveal or hide results.');
  }
  if (TAKES_CONCERN.has(action) && !concernId) throw new AppError('validation/invalid', `concernId: "${action}" needs the concern it applies to.`);
  if (!TAKES_CONCERN.has(action) && concernId) throw new AppError('validation/invalid', `concernId: "${action}" does not take a concern.`);
  const concern = concernId === undefined ? undefined : s.concerns.find((c) => c.id === concernId);
  if (concernId !== undefined && !concern) throw new AppError('concern/not-found', 'This concern is not part of the session.');
  if (label !== undefined && action !== 'next-round') throw new AppError('validation/invalid', `label: only "next-round" takes a label, not "${action}".`);

  switch (action) {
    case 'start': {
      if (s.status === 'live') throw refused('The session is already live.');
      if (s.status !== 'lobby') throw refused('Only a session waiting in the lobby can be started.');
      const first = s.concerns[0];
      if (s.pacing === 'facilitator-led' && first) return { status: 'live', started: true, ...moveTo(first) };
      return { status: 'live', started: true, concerns: [] };
    }
    case 'close': {
      if (s.status !== 'lobby' && s.status !== 'live') throw refused('Only a session in the lobby or live can be closed.');
      return { status: 'closed', closed: true, concerns: s.concerns.filter((c) => c.state !== 'locked').map((c) => ({ id: c.id, state: 'locked' })) };
    }
    case 'open': {
      const c = required(concern);
      requireLive(s, 'open a concern');
      if (c.state === 'open') throw refused('This concern is already open.');
      if (s.answeringClosed) throw refused('Answering in this round closed at its closing time. Start the next round to answer again.');
      return { concerns: [{ id: c.id, state: 'open' }] };
    }
    case 'lock': {
      const c = required(concern);
      requireLive(s, 'lock a concern');
      if (c.state === 'locked') throw refused('This concern is already locked.');
      if (c.state === 'pending') throw refused('This concern has not been opened yet, so there are no answers to lock.');
      return { concerns: [{ id: c.id, state: 'locked' }] };
    }
    case 'reveal': {
      const c = required(concern);
      requireStarted(s, 'reveal results');
      if (c.state === 'pending') throw refused('This concern has not been opened yet, so there are no results to reveal.');
      // Two co-facilitators pressing "reveal" at once: the second finds it done, which is what they wanted.
      return { concerns: c.revealed ? [] : [{ id: c.id, revealed: true }] };
    }
    case 'hide': {
      const c = required(concern);
      requireStarted(s, 'hide results');
      return { concerns: c.revealed ? [{ id: c.id, revealed: false }] : [] };
    }
    case 'goto': {
      const c = required(concern);
      requireFacilitatorLed(s);
      requireLive(s, 'move between concerns');
      if (s.currentConcernId === c.id) throw refused('This concern is already the current one.');
      return moveTo(c);
    }
    case 'next':
    case 'previous': {
      requireFacilitatorLed(s);
      requireLive(s, 'move between concerns');
      const at = s.concerns.findIndex((c) => c.id === s.currentConcernId);
      const target = s.concerns[action === 'next' ? at + 1 : at < 0 ? -1 : at - 1];
      if (!target) throw refused(action === 'next' ? 'This is already the last concern.' : 'This is already the first concern.');
      return moveTo(target);
    }
    case 'next-round': {
      requireLive(s, 'start another round');
      const first = s.concerns[0];
      const led = s.pacing === 'facilitator-led';
      const target = (c: MachineConcern, i: number): ConcernChange => ({ id: c.id, state: led && i > 0 ? 'pending' : 'open', revealed: false });
      return {
        round: s.round + 1,
        ...(label === undefined ? {} : { roundLabel: label }),
        currentConcernId: led && first ? first.id : null,
        concerns: s.concerns.map(target).filter((t, i) => t.state !== s.concerns[i]!.state || s.concerns[i]!.revealed),
      };
    }
  }
}

/** Facilitator-led: the room follows this concern; a concern not opened yet opens. */
function moveTo(c: MachineConcern): SessionChanges {
  return { currentConcernId: c.id, concerns: c.state === 'pending' ? [{ id: c.id, state: 'open' }] : [] };
}

function required(concern: MachineConcern | undefined): MachineConcern {
  // rules() has already refused a missing concernId for every action that reaches here.
  if (!concern) throw new AppError('validation/invalid', 'concernId: this action needs a concern.');
  return concern;
}

function requireLive(s: MachineState, what: string): void {
  if (s.status === 'live') return;
  throw refused(s.status === 'lobby' ? `Start the session before you ${what}.` : `You can only ${what} while the session is live.`);
}

function requireStarted(s: MachineState, what: string): void {
  if (s.status === 'live' || s.status === 'closed') return;
  throw refused(`Start the session before you ${what}.`);
}

function requireFacilitatorLed(s: MachineState): void {
  if (s.pacing !== 'facilitator-led') throw refused('In a self-paced session everyone moves at their own pace: there is no current concern to move.');
}

function refused(message: string): AppError {
  return new AppError('session/invalid-state', message);
}

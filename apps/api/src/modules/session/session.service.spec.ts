import { DEFAULT_SETTINGS, ZJoinCode } from '@thinline/shared';
import { AppError } from '../../common/errors/app-error.js';
import { DomainEvents } from '../../common/domain-events/domain-events.js';
import type { FollowUpsService } from '../follow-ups/follow-ups.service.js';
import type { AccessService } from '../access/access.service.js';
import type { WorkshopService } from '../workshop/workshop.service.js';
import { applyChanges, type MachineState, type SessionChanges } from './session-state-machine.js';
import { firstFreeJoinCode } from './join-code.js';
import type { NewSession, SessionRepository, SessionRow } from './session.repository.js';
import { SessionService } from './session.service.js';

// The database paths are covered end to end in test/session.test.ts against PostgreSQL;
// this spec pins what only the service decides (when the live rooms are told) and which
// join code a new session takes when some or all candidates are held.

const OWNER = '01900000-0000-7000-8000-000000000001';
const SESSION = '01900000-0000-7000-8000-000000000002';
const CONCERN = '01900000-0000-7000-8000-000000000003';

class FakeRepository {
  log: string[] = [];
  state: MachineState = { status: 'lobby', pacing: 'self-paced', round: 1, currentConcernId: null, concerns: [{ id: CONCERN, state: 'open', revealed: false }] };
  created: NewSession | undefined;
  /** the join codes unfinished sessions hold, as the repository's query finds them */
  held: (code: string) => boolean = () => false;
  asked: readonly string[] = [];
  createdCode: string | null = null;

  async applyAction(id: string, decide: (s: MachineState) => SessionChanges): Promise<boolean> {
    await Promise.resolve();
    if (id !== SESSION) return false;
    this.state = applyChanges(this.state, decide(this.state));
    this.log.push('commit');
    return true;
  }

  async findFull(): Promise<SessionRow> {
    return Promise.resolve({
      id: SESSION,
      workshopId: SESSION,
      ownerId: OWNER,
      title: 'T',
      joinCode: 'ABCDEF',
      status: this.state.status,
      settings: {},
      round: this.state.round,
      currentConcernId: this.state.currentConcernId,
      closesAt: null,
      closesRound: null,
      roundLabels: {},
      createdAt: new Date(),
      startedAt: null,
      closedAt: null,
      roles: [],
      concerns: this.state.concerns.map((c) => ({ ...c, title: 'c', description: '', category: '', paths: [], catalogEntity: null })),
      _count: { participants: 0 },
    });
  }

  async delete(id: string): Promise<boolean> {
    return Promise.resolve(id === SESSION);
  }

  async createWithSnapshot(input: NewSession, candidates: readonly string[]): Promise<string | null> {
    this.asked = candidates;
    // the same pick the real repository makes inside its transaction
    const code = firstFreeJoinCode(candidates, new Set(candidates.filter((c) => this.held(c))));
    if (code === null) return Promise.resolve(null);
    this.created = input;
    this.createdCode = code;
    return Promise.resolve(SESSION);
  }
}

function setup() {
  const repository = new FakeRepository();
  const events = new DomainEvents();
  for (const name of ['session.state-changed', 'session.closed', 'session.deleted'] as const) {
    events.on(name, (payload) => repository.log.push(`${name} ${payload.sessionId === SESSION ? 'ok' : payload.sessionId}`));
  }
  const workshops = {
    getOwned: (_user: string, id: string) =>
      Promise.resolve({ id, title: 'W', description: '', roles: [], concerns: [{ id: CONCERN, title: 'c', description: '', category: '' }] }),
  };
  // the access rule itself is pinned against PostgreSQL (test/organisations.test.ts, the authorization matrix)
  const access = {
    session: (user: string, id: string) =>
      user === OWNER && id === SESSION ? Promise.resolve('owner') : Promise.reject(new AppError('session/not-found', 'not yours')),
  };
  const followUps = { openForSession: () => Promise.resolve([]) };
  const service = new SessionService(repository as unknown as SessionRepository, workshops as unknown as WorkshopService, access as unknown as AccessService, events, followUps as unknown as FollowUpsService);
  return { repository, service };
}

describe('SessionService announces changes only after they are committed', () => {
  it('start: state-changed after the commit', async () => {
    const { repository, service } = setup();
    const session = await service.act(OWNER, SESSION, { action: 'start' });
    expect(session.status).toBe('live');
    expect(repository.log).toEqual(['commit', 'session.state-changed ok']);
  });

  it('close: state-changed and closed, after the commit', async () => {
    const { repository, service } = setup();
    await service.act(OWNER, SESSION, { action: 'close' });
    expect(repository.log).toEqual(['commit', 'session.state-changed ok', 'session.closed ok']);
  });

  it('a refused action announces nothing and surfaces the machine\'s error', async () => {
    const { repository, service } = setup();
    await expect(service.act(OWNER, SESSION, { action: 'lock', concernId: CONCERN })).rejects.toMatchObject({ code: 'session/invalid-state' });
    expect(repository.log).toEqual([]);
  });

  it('another facilitator\'s or a malformed session id is 404 session/not-found and announces nothing', async () => {
    const { repository, service } = setup();
    await expect(service.act('01900000-0000-7000-8000-00000000000f', SESSION, { action: 'start' })).rejects.toMatchObject({ code: 'session/not-found' });
    await expect(service.act(OWNER, 'nope', { action: 'start' })).rejects.toBeInstanceOf(AppError);
    expect(repository.log).toEqual([]);
  });

  it('delete: session.deleted once the row is gone', async () => {
    const { repository, service } = setup();
    await service.delete(OWNER, SESSION);
    expect(repository.log).toEqual(['session.deleted ok']);
    await expect(service.delete(OWNER, 'nope')).rejects.toMatchObject({ code: 'session/not-found' });
  });
});

describe('SessionService.create', () => {
  it('merges the settings over the defaults and opens every concern only when self-paced', async () => {
    const { repository, service } = setup();
    await service.create(OWNER, 'w', { pacing: 'facilitator-led', threshold: 0.7 });
    expect(repository.created).toMatchObject({ settings: { ...DEFAULT_SETTINGS, pacing: 'facilitator-led', threshold: 0.7 }, concernState: 'pending' });
    await service.create(OWNER, 'w', undefined);
    expect(repository.created).toMatchObject({ settings: DEFAULT_SETTINGS, concernState: 'open' });
  });

  it('gives up with 503 session/join-code-exhausted when every candidate code is held, and creates nothing', async () => {
    const { repository, service } = setup();
    repository.held = () => true;
    await expect(service.create(OWNER, 'w', {})).rejects.toMatchObject({ code: 'session/join-code-exhausted', status: 503 });
    // a batch of real candidates was tried, none was taken
    expect(repository.asked).toHaveLength(20);
    for (const code of repository.asked) expect(ZJoinCode.safeParse(code).success).toBe(true);
    expect(repository.created).toBeUndefined();
  });

  it('takes the first candidate no unfinished session holds', async () => {
    const { repository, service } = setup();
    let asked = 0;
    repository.held = () => asked++ < 3;
    const session = await service.create(OWNER, 'w', {});
    expect(session.id).toBe(SESSION);
    expect(repository.createdCode).toBe(repository.asked[3]);
  });
});

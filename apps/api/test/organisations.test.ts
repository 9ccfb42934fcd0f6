import type { TInvite, TMemberList, TOrg, TOrgList, TSession, TSessionState, TWorkshop } from '@thinline/shared';
import { apiForSuite } from './support/api-process.js';
import { createSession, createWorkshop, signUp, workshopBody } from './support/factories.js';
import { ApiClient } from './support/http-client.js';
import { query } from './support/db.js';
import { join, orgWithEveryone } from './support/orgs.js';
import { type TestSocket, connect, connected, waitForEvent } from './support/sockets.js';
import { eventually } from './support/wait.js';

const orgWorkshop = (client: ApiClient, orgId: string) => createWorkshop(client, { ...workshopBody(), orgId });

describe('organisations: members, roles and invite links', () => {
  const api = apiForSuite({ RATE_LIMIT_AUTH_PER_MINUTE: '100000' });

  it('the creator is the owner; invites make facilitators and viewers; everyone sees the member list', async () => {
    const owner = await signUp(api.url, { name: 'Olga Owner' });
    const created = await owner.post<TOrg>('/api/orgs', { name: 'Acme Data' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), name: 'Acme Data' });
    const orgs = await owner.get<TOrgList>('/api/orgs');
    expect(orgs.body.orgs).toEqual([{ id: created.body.id, name: 'Acme Data', role: 'owner' }]);

    const invite = await owner.post<TInvite>(`/api/orgs/${created.body.id}/invites`, { role: 'viewer' });
    expect(invite.status).toBe(201);
    expect(invite.body.url).toBe(`${api.url}/invites/${invite.body.token}`);
    expect(new Date(invite.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(6 * 86_400_000);
    // the token is shown once: only its hash is stored
    const stored = await query<{ token_hash: string }>('SELECT token_hash FROM invite WHERE org_id = $1', [created.body.id]);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token_hash).not.toContain(invite.body.token);

    const vera = await signUp(api.url, { name: 'Vera Viewer' });
    expect((await vera.post(`/api/invites/${invite.body.token}/accept`)).body).toEqual({ orgId: created.body.id, role: 'viewer' });
    const fred = await signUp(api.url, { name: 'Fred Facilitator' });
    await join(owner, created.body.id, fred, 'facilitator');

    const members = await vera.get<TMemberList>(`/api/orgs/${created.body.id}/members`);
    expect(members.body.members.map((m) => [m.name, m.role])).toEqual([
      ['Olga Owner', 'owner'],
      ['Vera Viewer', 'viewer'],
      ['Fred Facilitator', 'facilitator'],
    ]);
    expect((await (await signUp(api.url)).get(`/api/orgs/${created.body.id}/members`)).body.code).toBe('org/not-found');
  });

  it('refuses forged, reused and expired invites with their codes, and changes no membership', async () => {
    const owner = await signUp(api.url);
    const org = (await owner.post<TOrg>('/api/orgs', { name: 'Invites Inc' })).body;
    const members = async () => (await owner.get<TMemberList>(`/api/orgs/${org.id}/members`)).body.members.length;
    const someone = await signUp(api.url);

    const forged = await someone.post(`/api/invites/${'x'.repeat(43)}/accept`);
    expect([forged.status, forged.body.code]).toEqual([404, 'invite/not-found']);
    expect((await someone.post('/api/invites/short/accept')).body.code).toBe('invite/not-found');

    const once = (await owner.post<TInvite>(`/api/orgs/${org.id}/invites`, { role: 'facilitator' })).body;
    expect((await someone.post(`/api/invites/${once.token}/accept`)).status).toBe(200);
    const again = await (await signUp(api.url)).post(`/api/invites/${once.token}/accept`);
    expect([again.status, again.body.code]).toEqual([409, 'invite/used']);

    const stale = (await owner.post<TInvite>(`/api/orgs/${org.id}/invites`, { role: 'viewer' })).body;
    await query("UPDATE invite SET expires_at = now() - interval '1 minute' WHERE org_id = $1 AND used_at IS NULL", [org.id]);
    const expired = await (await signUp(api.url)).post(`/api/invites/${stale.token}/accept`);
    expect([expired.status, expired.body.code]).toEqual([410, 'invite/expired']);

    // an owner cannot invite another owner (owners are made by a role change), and a non-owner cannot invite
    expect((await owner.post(`/api/orgs/${org.id}/invites`, { role: 'owner' })).body.code).toBe('validation/invalid');
    expect((await someone.post(`/api/orgs/${org.id}/invites`, { role: 'viewer' })).body.code).toBe('access/read-only');
    expect((await (await signUp(api.url)).post(`/api/orgs/${org.id}/invites`, { role: 'viewer' })).body.code).toBe('org/not-found');
    expect(await members()).toBe(2);
    expect((await new ApiClient(api.url).post(`/api/invites/${stale.token}/accept`)).body.code).toBe('auth/required');
  });

  it('roles change; the last owner can neither leave nor be demoted; a member may leave', async () => {
    const owner = await signUp(api.url);
    const org = (await owner.post<TOrg>('/api/orgs', { name: 'Owners Ltd' })).body;
    const fred = await signUp(api.url);
    await join(owner, org.id, fred, 'facilitator');

    const leave = await owner.delete(`/api/orgs/${org.id}/members/${owner.userId}`);
    expect([leave.status, leave.body.code]).toEqual([409, 'org/last-owner']);
    expect((await owner.patch(`/api/orgs/${org.id}/members/${owner.userId}`, { role: 'viewer' })).body.code).toBe('org/last-owner');
    expect((await fred.patch(`/api/orgs/${org.id}/members/${fred.userId}`, { role: 'owner' })).body.code).toBe('access/read-only');

    const promoted = await owner.patch(`/api/orgs/${org.id}/members/${fred.userId}`, { role: 'owner' });
    expect(promoted.body).toMatchObject({ userId: fred.userId, role: 'owner' });
    // with two owners, one may go
    expect((await owner.delete(`/api/orgs/${org.id}/members/${owner.userId}`)).status).toBe(204);
    expect((await fred.get<TMemberList>(`/api/orgs/${org.id}/members`)).body.members.map((m) => m.userId)).toEqual([fred.userId]);
    expect((await fred.delete(`/api/orgs/${org.id}/members/${owner.userId}`)).body.code).toBe('member/not-found');
  });
});

describe('organisations: access follows the role', () => {
  const api = apiForSuite({ RATE_LIMIT_AUTH_PER_MINUTE: '100000', RATE_LIMIT_EXPORTS_PER_MINUTE: '100000' });
  const sockets: TestSocket[] = [];
  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });

  it('facilitators edit and run the org\'s workshops; viewers read them and change nothing; others get 404', async () => {
    const { org, owner, facilitator, viewer, removed, otherOrg } = await orgWithEveryone(api.url);
    const workshop = await orgWorkshop(owner, org.id);
    expect(workshop.orgId).toBe(org.id);
    const personal = await createWorkshop(owner);

    // the facilitator edits the workshop and runs a session of it
    expect((await facilitator.patch<TWorkshop>(`/api/workshops/${workshop.id}`, { title: 'Renamed by Fred' })).status).toBe(200);
    const session = await createSession(facilitator, workshop.id);
    expect((await owner.post(`/api/sessions/${session.id}/actions`, { action: 'start' })).status).toBe(200);
    expect((await facilitator.post(`/api/sessions/${session.id}/actions`, { action: 'lock', concernId: session.concerns[0]!.id })).status).toBe(200);

    // the viewer lists and reads everything of the org
    const listed = await viewer.get<TWorkshop[]>('/api/workshops');
    expect(listed.body.map((w) => [w.title, w.canEdit])).toEqual([['Renamed by Fred', false]]);
    expect((await viewer.get<TSession>(`/api/sessions/${session.id}`)).body).toMatchObject({ id: session.id, canRun: false });
    expect((await facilitator.get<TSession>(`/api/sessions/${session.id}`)).body.canRun).toBe(true);
    for (const path of [`/api/workshops/${workshop.id}`, `/api/workshops/${workshop.id}/sessions`, `/api/workshops/${workshop.id}/export`, `/api/sessions/${session.id}/heatmap`, `/api/sessions/${session.id}/export.json`, `/api/sessions/${session.id}/compare/${session.id}`]) {
      expect([path, (await viewer.get(path)).status]).toEqual([path, 200]);
    }
    const pdf = await fetch(`${api.url}/api/sessions/${session.id}/export.pdf`, { headers: { cookie: viewer.cookie! } });
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);

    // ... and changes nothing
    const before = await query<{ t: string }>('SELECT s::text AS t FROM session s WHERE s.id = $1', [session.id]);
    const writes = [
      viewer.patch(`/api/workshops/${workshop.id}`, { title: 'Viewer was here' }),
      viewer.delete(`/api/workshops/${workshop.id}`),
      viewer.post(`/api/workshops/${workshop.id}/sessions`, {}),
      viewer.post(`/api/sessions/${session.id}/actions`, { action: 'close' }),
      viewer.post(`/api/sessions/${session.id}/share`, {}),
      viewer.delete(`/api/sessions/${session.id}`),
      viewer.post('/api/workshops', { templateId: 'de-vs-mlops', orgId: org.id }),
    ];
    for (const reply of await Promise.all(writes)) expect([reply.status, reply.body.code]).toEqual([403, 'access/read-only']);
    expect(await query<{ t: string }>('SELECT s::text AS t FROM session s WHERE s.id = $1', [session.id])).toEqual(before);

    // a removed member and a member of another org: as if none of it existed
    for (const outsider of [removed, otherOrg]) {
      expect((await outsider.get(`/api/workshops/${workshop.id}`)).body.code).toBe('workshop/not-found');
      expect((await outsider.get(`/api/sessions/${session.id}`)).body.code).toBe('session/not-found');
      expect((await outsider.post(`/api/sessions/${session.id}/actions`, { action: 'close' })).body.code).toBe('session/not-found');
      expect((await outsider.get<TWorkshop[]>('/api/workshops')).body.map((w) => w.id)).not.toContain(workshop.id);
      expect((await outsider.post('/api/workshops', { templateId: 'de-vs-mlops', orgId: org.id })).body.code).toBe('org/not-found');
    }
    // personal workshops stay their owner's alone, org or not
    for (const member of [facilitator, viewer]) {
      expect((await member.get(`/api/workshops/${personal.id}`)).body.code).toBe('workshop/not-found');
      expect((await member.get<TWorkshop[]>('/api/workshops')).body.map((w) => w.id)).not.toContain(personal.id);
    }
  });

  it('a removed member\'s open control room is disconnected, and their browser can reconnect to nothing', async () => {
    const { org, owner } = await orgWithEveryone(api.url);
    const leaving = await signUp(api.url, { name: 'Leaving Lee' });
    await join(owner, org.id, leaving, 'facilitator');
    const session = await createSession(owner, (await orgWorkshop(owner, org.id)).id);
    const screen = connect(api.url, { sessionId: session.id }, leaving.cookie);
    sockets.push(screen);
    await connected(screen);
    const gone = new Promise<string>((resolve) => screen.on('disconnect', (reason) => resolve(reason)));
    expect((await owner.delete(`/api/orgs/${org.id}/members/${leaving.userId}`)).status).toBe(204);
    expect(await gone).toBe('io server disconnect');
    const retry = connect(api.url, { sessionId: session.id }, leaving.cookie);
    sockets.push(retry);
    await expect(connected(retry)).rejects.toMatchObject({ data: { code: 'session/not-found' } });
    expect((await leaving.get(`/api/sessions/${session.id}`)).body.code).toBe('session/not-found');
  });

  it('co-facilitation: two facilitators\' control rooms see each other\'s actions; a second reveal of the same concern is a no-op', async () => {
    const { org, owner, facilitator } = await orgWithEveryone(api.url);
    const session = await createSession(owner, (await orgWorkshop(owner, org.id)).id, { pacing: 'self-paced' });
    const [mine, theirs] = [owner, facilitator].map((who) => {
      const s = connect(api.url, { sessionId: session.id }, who.cookie);
      sockets.push(s);
      return s;
    }) as [TestSocket, TestSocket];
    await Promise.all([connected(mine), connected(theirs)]);
    const concernId = session.concerns[0]!.id;
    const live = (s: TestSocket) => waitForEvent(s, 'session:state', { until: (st: TSessionState) => st.status === 'live' });
    const bothLive = Promise.all([live(mine), live(theirs)]);
    expect((await facilitator.post(`/api/sessions/${session.id}/actions`, { action: 'start' })).status).toBe(200);
    await bothLive;

    const revealed = (s: TestSocket) => waitForEvent(s, 'session:state', { until: (st: TSessionState) => st.concerns.find((c) => c.concernId === concernId)!.revealed });
    const bothRevealed = Promise.all([revealed(mine), revealed(theirs)]);
    // both press "reveal" at the same moment: the state machine serialises them, neither is refused
    const replies = await Promise.all([owner, facilitator].map((who) => who.post<TSession>(`/api/sessions/${session.id}/actions`, { action: 'reveal', concernId })));
    expect(replies.map((r) => r.status)).toEqual([200, 200]);
    for (const r of replies) expect(r.body.state.concerns.find((c) => c.concernId === concernId)!.revealed).toBe(true);
    await bothRevealed;
    await eventually(async () => (await owner.get<TSession>(`/api/sessions/${session.id}`)).body.state.concerns[0]!.revealed, 'the reveal is stored');
  });
});

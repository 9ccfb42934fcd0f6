import type { TFollowUp, THeatmap, TInvite, TJoinResult, TOrg, TSession, TShareLink, TUserResponse, TWorkshop } from '@thinline/shared';
import { randomUUID } from 'node:crypto';
import { apiForSuite } from './support/api-process.js';
import { PASSWORD, createSession, createWorkshop, signUp, startSession, uniqueEmail, workshopBody } from './support/factories.js';
import { ApiClient } from './support/http-client.js';
import { query } from './support/db.js';
import { join, orgWithEveryone } from './support/orgs.js';
import { codedErrorProblem, randomShareToken, rawRequest } from './support/security.js';
import { type TestSocket, connect, connected, request, waitForEvent } from './support/sockets.js';

/**
 * Who may call what, for EVERY route the API publishes in /api/docs/openapi.json. A route
 * in the OpenAPI document without a row here fails the test: a new endpoint cannot ship
 * without someone deciding who may call it. Each cell is exercised against the owner's
 * real workshop, session and share links, and the status must be exactly the one given.
 */

const ACTORS = [
  'anonymous',
  'participant',
  'otherParticipant',
  'linkHolder',
  'revokedLinkHolder',
  'stranger',
  'otherOrgMember',
  'removedMember',
  'viewer',
  'facilitator',
  'owner',
] as const;
type Actor = (typeof ACTORS)[number];
type Row = Record<Actor, number>;
/** The signed-in actors with an account of their own. */
const ACCOUNTS = ['stranger', 'otherOrgMember', 'removedMember', 'viewer', 'facilitator', 'owner'] as const;
type Account = (typeof ACCOUNTS)[number];

/**
 * anonymous: no cookie, no link. participant / otherParticipant: a phone of this session /
 * of another session (phones have no cookie: over HTTP they are anonymous). linkHolder /
 * revokedLinkHolder: no cookie, a valid / revoked share token of this session. stranger:
 * another facilitator's cookie, in no org. otherOrgMember: the owner of another org.
 * removedMember: was a facilitator of this org, removed. viewer / facilitator: members of
 * the org with that role. owner: the org's owner, who made the workshop and the session.
 *
 * Every route runs against an org's workshop. The routes of a workshop or a session run a
 * second time against the owner's PERSONAL workshop, where every org member is a stranger:
 * there the columns otherOrgMember..facilitator must give the stranger's status.
 */
const row = (
  anonymous: number,
  participant: number,
  otherParticipant: number,
  linkHolder: number,
  revokedLinkHolder: number,
  stranger: number,
  otherOrgMember: number,
  removedMember: number,
  viewer: number,
  facilitator: number,
  owner: number,
): Row => ({ anonymous, participant, otherParticipant, linkHolder, revokedLinkHolder, stranger, otherOrgMember, removedMember, viewer, facilitator, owner });

//                                                          anon  part  other link  revk  strngr othOrg remvd viewr facil owner
const EXPECTED: Record<string, Row> = {
  'GET /api/health': /*                                  */ row(200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200),
  'POST /api/auth/signup': /*                            */ row(201, 201, 201, 201, 201, 201, 201, 201, 201, 201, 201),
  'POST /api/auth/login': /*                             */ row(200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200),
  'POST /api/auth/logout': /*                            */ row(204, 204, 204, 204, 204, 204, 204, 204, 204, 204, 204),
  'GET /api/auth/me': /*                                 */ row(401, 401, 401, 401, 401, 200, 200, 200, 200, 200, 200),
  'GET /api/auth/providers': /*                          */ row(200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200),
  'GET /api/locales': /*                                 */ row(200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200),
  // without OIDC_ISSUER (this process): nobody is sent to an identity provider (test/oidc.test.ts has one)
  'GET /api/auth/oidc/login': /*                         */ row(404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404),
  'GET /api/auth/oidc/callback': /*                      */ row(404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404),
  'GET /api/templates': /*                               */ row(401, 401, 401, 401, 401, 200, 200, 200, 200, 200, 200),
  'POST /api/workshops': /*                              */ row(401, 401, 401, 401, 401, 201, 201, 201, 201, 201, 201),
  'GET /api/workshops': /*                               */ row(401, 401, 401, 401, 401, 200, 200, 200, 200, 200, 200),
  'POST /api/workshops/import': /*                       */ row(401, 401, 401, 401, 401, 201, 201, 201, 201, 201, 201),
  'GET /api/workshops/{id}': /*                          */ row(401, 401, 401, 401, 401, 404, 404, 404, 200, 200, 200),
  'PATCH /api/workshops/{id}': /*                        */ row(401, 401, 401, 401, 401, 404, 404, 404, 403, 200, 200),
  'DELETE /api/workshops/{id}': /*                       */ row(401, 401, 401, 401, 401, 404, 404, 404, 403, 204, 204),
  'GET /api/workshops/{id}/export': /*                   */ row(401, 401, 401, 401, 401, 404, 404, 404, 200, 200, 200),
  'POST /api/workshops/{id}/sessions': /*                */ row(401, 401, 401, 401, 401, 404, 404, 404, 403, 201, 201),
  'GET /api/workshops/{id}/sessions': /*                 */ row(401, 401, 401, 401, 401, 404, 404, 404, 200, 200, 200),
  'GET /api/sessions/{id}': /*                           */ row(401, 401, 401, 401, 401, 404, 404, 404, 200, 200, 200),
  'DELETE /api/sessions/{id}': /*                        */ row(401, 401, 401, 401, 401, 404, 404, 404, 403, 204, 204),
  'POST /api/sessions/{id}/actions': /*                  */ row(401, 401, 401, 401, 401, 404, 404, 404, 403, 200, 200),
  'GET /api/sessions/{id}/heatmap': /*                   */ row(401, 401, 401, 401, 401, 404, 404, 404, 200, 200, 200),
  'GET /api/sessions/{id}/audit': /*                     */ row(401, 401, 401, 401, 401, 404, 404, 404, 403, 200, 200),
  'POST /api/sessions/{id}/share': /*                    */ row(401, 401, 401, 401, 401, 404, 404, 404, 403, 201, 201),
  'DELETE /api/sessions/{id}/share/{token}': /*          */ row(401, 401, 401, 401, 401, 404, 404, 404, 403, 204, 204),
  // the control room lists its links to revoke them after a reload: who runs the session
  'GET /api/sessions/{id}/share': /*                     */ row(401, 401, 401, 401, 401, 404, 404, 404, 403, 200, 200),
  'GET /api/sessions/{id}/export.{format}': /*           */ row(401, 401, 401, 401, 401, 404, 404, 404, 200, 200, 200),
  // Pre-work: who runs the session sets its closing time and watches progress; a viewer reads reports, not the running room.
  'PATCH /api/sessions/{id}': /*                         */ row(401, 401, 401, 401, 401, 404, 404, 404, 403, 200, 200),
  'GET /api/sessions/{id}/progress': /*                  */ row(401, 401, 401, 401, 401, 404, 404, 404, 403, 200, 200),
  // Decisions and follow-ups: who may run the session decides; who may read it reads them (a report link through GET /api/reports/{token}).
  'GET /api/sessions/{id}/decisions': /*                 */ row(401, 401, 401, 401, 401, 404, 404, 404, 200, 200, 200),
  'PUT /api/sessions/{id}/decisions/{concernId}': /*     */ row(401, 401, 401, 401, 401, 404, 404, 404, 403, 200, 200),
  'DELETE /api/sessions/{id}/decisions/{concernId}': /*  */ row(401, 401, 401, 401, 401, 404, 404, 404, 403, 204, 204),
  'POST /api/workshops/{id}/follow-ups': /*              */ row(401, 401, 401, 401, 401, 404, 404, 404, 403, 201, 201),
  'GET /api/workshops/{id}/follow-ups': /*               */ row(401, 401, 401, 401, 401, 404, 404, 404, 200, 200, 200),
  'PATCH /api/follow-ups/{id}': /*                       */ row(401, 401, 401, 401, 401, 404, 404, 404, 403, 200, 200),
  'DELETE /api/follow-ups/{id}': /*                      */ row(401, 401, 401, 401, 401, 404, 404, 404, 403, 204, 204),
  // Both sessions must be the caller's to read: a stranger learns nothing about either.
  'GET /api/sessions/{a}/compare/{b}': /*                */ row(401, 401, 401, 401, 401, 404, 404, 404, 200, 200, 200),
  // A workshop's history: whoever reads the workshop (a viewer too); a stranger gets 404 as for no such workshop.
  'GET /api/workshops/{id}/history': /*                  */ row(401, 401, 401, 401, 401, 404, 404, 404, 200, 200, 200),
  'GET /api/workshops/{id}/history.json': /*             */ row(401, 401, 401, 401, 401, 404, 404, 404, 200, 200, 200),
  // A report link is the credential: whoever holds a live one reads, cookie or not.
  'GET /api/reports/{token}': /*                         */ row(404, 404, 404, 200, 404, 404, 404, 404, 200, 200, 200),
  'GET /api/reports/{token}/export.{format}': /*         */ row(404, 404, 404, 200, 404, 404, 404, 404, 200, 200, 200),
  // A presenter link likewise (the linkHolder holds one for these routes): a revoked one says so (410).
  'GET /api/present/{token}': /*                         */ row(404, 404, 404, 200, 410, 404, 404, 404, 200, 200, 200),
  'GET /api/present/{token}/heatmap': /*                 */ row(404, 404, 404, 200, 410, 404, 404, 404, 200, 200, 200),
  'GET /api/present/{token}/decisions': /*               */ row(404, 404, 404, 200, 410, 404, 404, 404, 200, 200, 200),
  // Organisations: anyone signed in makes one; members read it; owners manage it.
  'POST /api/orgs': /*                                   */ row(401, 401, 401, 401, 401, 201, 201, 201, 201, 201, 201),
  'GET /api/orgs': /*                                    */ row(401, 401, 401, 401, 401, 200, 200, 200, 200, 200, 200),
  'POST /api/orgs/{id}/invites': /*                      */ row(401, 401, 401, 401, 401, 404, 404, 404, 403, 403, 201),
  'GET /api/orgs/{id}/members': /*                       */ row(401, 401, 401, 401, 401, 404, 404, 404, 200, 200, 200),
  'PATCH /api/orgs/{id}/members/{userId}': /*            */ row(401, 401, 401, 401, 401, 404, 404, 404, 403, 403, 200),
  'DELETE /api/orgs/{id}/members/{userId}': /*           */ row(401, 401, 401, 401, 401, 404, 404, 404, 403, 403, 204),
  // A live invite lets anyone signed in join (the removed member too: they were invited
  // again); who already belongs is told so, and the invite stays unused.
  'POST /api/invites/{token}/accept': /*                 */ row(401, 401, 401, 401, 401, 200, 200, 200, 409, 409, 409),
};

/** The routes whose answer depends on who holds the workshop or session: run against a personal one too. */
const onHolding = (route: string) => /^[A-Z]+ \/api\/(workshops\/\{id\}|sessions\/)/.test(route);

/** Request bodies that succeed for an actor who is allowed (so a refusal is about who, not what). */
function bodyFor(route: string, fx: Fixture): unknown {
  switch (route) {
    case 'POST /api/auth/signup':
      return { email: uniqueEmail('matrix'), password: PASSWORD, name: 'Matrix Signup' };
    case 'POST /api/auth/login':
      return { email: fx.loginEmail, password: PASSWORD };
    case 'POST /api/workshops':
      return { templateId: 'de-vs-mlops' };
    case 'POST /api/workshops/import':
      return { format: 'thinline.workshop/v1', title: 'Imported', roles: [{ name: 'A' }, { name: 'B' }], concerns: [{ title: 'C' }] };
    case 'PATCH /api/workshops/{id}':
      return { title: 'Renamed by the matrix' };
    case 'POST /api/workshops/{id}/sessions':
      return {};
    case 'POST /api/sessions/{id}/actions':
      return { action: 'close' };
    case 'PUT /api/sessions/{id}/decisions/{concernId}':
      return { raci: { [fx.session.roles[1]!.id]: 'A' }, rationale: 'Decided by the matrix' };
    case 'POST /api/workshops/{id}/follow-ups':
      return { title: 'Added by the matrix' };
    case 'PATCH /api/follow-ups/{id}':
      return { status: 'done' };
    case 'PATCH /api/sessions/{id}':
      return { closesAt: new Date(Date.now() + 86_400_000).toISOString() };
    case 'POST /api/sessions/{id}/share':
      return {};
    case 'POST /api/orgs':
      return { name: 'Matrix Org' };
    case 'POST /api/orgs/{id}/invites':
      return { role: 'viewer' };
    case 'PATCH /api/orgs/{id}/members/{userId}':
      return { role: 'viewer' };
    default:
      return undefined;
  }
}

interface Fixture {
  clients: Record<Account, ApiClient>;
  loginEmail: string;
  orgId: string;
  /** a facilitator of the org whom the member routes change */
  targetUserId: string;
  inviteToken: string;
  workshop: TWorkshop;
  session: TSession;
  validToken: string;
  revokedToken: string;
  validPresenterToken: string;
  revokedPresenterToken: string;
  followUpId: string;
  /** what nobody outside the org may see (and a link holder only what a report shows) */
  ownerSecrets: string[];
  linkHolderMayNotSee: string[];
  /** a projector by link shows the join code (it is on the wall), never who owns or decided, nor the follow-ups */
  presenterMayNotSee: string[];
}

describe('authorization matrix: every route in the OpenAPI document, every kind of caller', () => {
  const api = apiForSuite({ RATE_LIMIT_AUTH_PER_MINUTE: '100000', RATE_LIMIT_EXPORTS_PER_MINUTE: '100000' });
  const emails = {} as Record<Account, string>;
  let loginEmail: string;
  let routes: string[];
  const clients = {} as Record<Account, ApiClient>;

  const login = async (who: Account) => {
    const client = new ApiClient(api.url);
    await client.post('/api/auth/login', { email: emails[who], password: PASSWORD });
    clients[who] = client;
  };

  beforeAll(async () => {
    const names: Record<Account, string> = { owner: 'Owner Olga', stranger: 'Stranger Sam', otherOrgMember: 'Other Org Otto', removedMember: 'Removed Rita', viewer: 'Viewer Vic', facilitator: 'Facilitator Fay' };
    for (const who of ACCOUNTS) emails[who] = (await signUp(api.url, { name: names[who] })).email;
    loginEmail = (await signUp(api.url, { name: 'Login Lou' })).email;
    for (const who of ACCOUNTS) await login(who);
    // the other org's owner, with an org of their own
    await clients.otherOrgMember.post('/api/orgs', { name: 'Other Org' });
    const doc = (await (await fetch(`${api.url}/api/docs/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
  });

  /**
   * Fresh for each route (and again after a cell that changed something): the owner's
   * cell may delete, revoke or sign out what the next route needs. `personal`: the
   * workshop is the owner's own, outside the org.
   */
  async function fixture(personal: boolean): Promise<Fixture> {
    const { owner, stranger } = clients;
    // The stranger has a workshop and a session of their own: "not found" is not an empty account.
    await createSession(stranger, (await createWorkshop(stranger)).id);
    const orgId = (await owner.post<TOrg>('/api/orgs', { name: `Matrix org ${randomUUID().slice(0, 6)}` })).body.id;
    const target = await signUp(api.url, { name: 'Target Tess' });
    await join(owner, orgId, clients.facilitator, 'facilitator');
    await join(owner, orgId, clients.viewer, 'viewer');
    await join(owner, orgId, clients.removedMember, 'facilitator');
    await join(owner, orgId, target, 'facilitator');
    await owner.delete(`/api/orgs/${orgId}/members/${(await clients.removedMember.get<TUserResponse>('/api/auth/me')).body.user.id}`);
    const invite = await owner.post<TInvite>(`/api/orgs/${orgId}/invites`, { role: 'facilitator' });
    const marker = randomUUID().slice(0, 8);
    const workshop = await createWorkshop(
      owner,
      workshopBody({
        title: `Private workshop ${marker}`,
        description: `Secret description ${marker}`,
        concerns: [{ title: `Secret concern ${marker}` }, { title: `Other concern ${marker}` }],
        ...(personal ? {} : { orgId }),
      }),
    );
    // live, with a decision and a follow-up, so that every decision and follow-up route has something to refuse or do
    const session = await startSession(owner, (await createSession(owner, workshop.id)).id);
    await owner.put(`/api/sessions/${session.id}/decisions/${session.concerns[0]!.id}`, { raci: { [session.roles[0]!.id]: 'A' }, rationale: `Secret rationale ${marker}` });
    const followUp = await owner.post<TFollowUp>(`/api/workshops/${workshop.id}/follow-ups`, { title: `Secret follow-up ${marker}`, sessionId: session.id });
    const valid = await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, {});
    const revoked = await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, {});
    await owner.delete(`/api/sessions/${session.id}/share/${revoked.body.token}`);
    const presenter = await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, { kind: 'presenter' });
    const revokedPresenter = await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, { kind: 'presenter' });
    await owner.delete(`/api/sessions/${session.id}/share/${revokedPresenter.body.token}`);
    return {
      clients,
      loginEmail,
      orgId,
      targetUserId: target.userId,
      inviteToken: invite.body.token,
      workshop,
      session,
      validToken: valid.body.token,
      revokedToken: revoked.body.token,
      validPresenterToken: presenter.body.token,
      revokedPresenterToken: revokedPresenter.body.token,
      followUpId: followUp.body.id,
      ownerSecrets: [`Secret rationale ${marker}`, `Secret follow-up ${marker}`, followUp.body.id, workshop.id, workshop.title, `Secret description ${marker}`, `Secret concern ${marker}`, session.joinCode, emails.owner, 'Owner Olga', valid.body.token, presenter.body.token],
      // a report shows the session's title and concerns; never the join code, the workshop or who owns it
      linkHolderMayNotSee: [workshop.id, `Secret description ${marker}`, session.joinCode, emails.owner, 'Owner Olga'],
      presenterMayNotSee: [`Secret description ${marker}`, `Secret follow-up ${marker}`, followUp.body.id, emails.owner, 'Owner Olga', valid.body.token],
    };
  }

  /** Every row of the owner's workshop, its org and what hangs off them, as text: equal means untouched. */
  async function ownerRows(fx: Fixture): Promise<string> {
    const rows = await query<{ t: string }>(
      `SELECT w::text AS t FROM workshop w WHERE w.id = $1
       UNION ALL SELECT s::text FROM session s WHERE s.workshop_id = $1
       UNION ALL SELECT c::text FROM session_concern c JOIN session s ON s.id = c.session_id WHERE s.workshop_id = $1
       UNION ALL SELECT l::text FROM share_link l JOIN session s ON s.id = l.session_id WHERE s.workshop_id = $1
       UNION ALL SELECT d::text FROM decision d JOIN session s ON s.id = d.session_id WHERE s.workshop_id = $1
       UNION ALL SELECT r::text FROM decision_revision r JOIN session s ON s.id = r.session_id WHERE s.workshop_id = $1
       UNION ALL SELECT f::text FROM follow_up f WHERE f.workshop_id = $1
       UNION ALL SELECT m::text FROM membership m WHERE m.org_id = $2
       UNION ALL SELECT i::text FROM invite i WHERE i.org_id = $2`,
      [fx.workshop.id, fx.orgId],
    );
    return rows.map((r) => r.t).sort().join('\n');
  }

  const isAccount = (actor: Actor): actor is Account => (ACCOUNTS as readonly string[]).includes(actor);
  const cookieOf = (actor: Actor, fx: Fixture) => (isAccount(actor) ? fx.clients[actor].cookie : undefined);
  const tokenOf = (actor: Actor, fx: Fixture) =>
    actor === 'linkHolder' || actor === 'owner' || actor === 'facilitator' || actor === 'viewer' ? fx.validToken : actor === 'revokedLinkHolder' ? fx.revokedToken : randomShareToken();
  const presenterTokenOf = (actor: Actor, fx: Fixture) =>
    actor === 'linkHolder' || actor === 'owner' || actor === 'facilitator' || actor === 'viewer' ? fx.validPresenterToken : actor === 'revokedLinkHolder' ? fx.revokedPresenterToken : randomShareToken();

  function pathFor(route: string, actor: Actor, fx: Fixture): string {
    const path = route.split(' ')[1]!;
    const isReport = path.startsWith('/api/reports/');
    return path
      .replace('{id}', path.startsWith('/api/workshops/') ? fx.workshop.id : path.startsWith('/api/follow-ups/') ? fx.followUpId : path.startsWith('/api/orgs/') ? fx.orgId : fx.session.id)
      .replace('{concernId}', fx.session.concerns[0]!.id)
      .replace('{userId}', fx.targetUserId)
      // A report link is the caller's own credential; revoking takes the live token (an
      // attacker who learned a token still may not revoke it).
      .replace('{token}', isReport ? tokenOf(actor, fx) : path.startsWith('/api/present/') ? presenterTokenOf(actor, fx) : path.startsWith('/api/invites/') ? fx.inviteToken : fx.validToken)
      .replace('{format}', 'csv')
      .replace('{a}', fx.session.id)
      .replace('{b}', fx.session.id);
  }

  /** In a personal workshop every org member is a stranger. */
  const expectedFor = (route: string, actor: Actor, personal: boolean): number => {
    const expected = EXPECTED[route]!;
    const orgActor = actor === 'otherOrgMember' || actor === 'removedMember' || actor === 'viewer' || actor === 'facilitator';
    return personal && orgActor ? expected.stranger : expected[actor];
  };

  it('has a row for every route in the OpenAPI document, and no row for a route that is gone', () => {
    expect(routes.length).toBeGreaterThanOrEqual(20);
    const missing = routes.filter((r) => !(r in EXPECTED));
    expect(missing.map((r) => `new endpoint without an authorization row: ${r}`)).toEqual([]);
    const stale = Object.keys(EXPECTED).filter((r) => !routes.includes(r));
    expect(stale.map((r) => `authorization row for a route that no longer exists: ${r}`)).toEqual([]);
  });

  it('gives every actor exactly the status in the table, and no refusal changes or shows anything', async () => {
    const failures: string[] = [];
    let cells = 0;
    let runs = 0;
    for (const route of routes) {
      if (!EXPECTED[route]) continue; // reported by the test above
      for (const personal of onHolding(route) ? [false, true] : [false]) {
        runs += 1;
        const [method] = route.split(' ') as [string];
        let fx = await fixture(personal);
        let before = await ownerRows(fx);
        // The owner goes last: their success may delete or revoke what the others aimed at.
        // After any cell that changed something (a success), the next actor gets a fresh fixture.
        for (const actor of ACTORS) {
          if ((await ownerRows(fx)) !== before) failures.push(`${route}${personal ? ' (personal)' : ''}: the rows changed before ${actor} acted`);
          const res = await rawRequest(api.url, method, pathFor(route, actor, fx), { cookie: cookieOf(actor, fx), body: bodyFor(route, fx) });
          cells += 1;
          const want = expectedFor(route, actor, personal);
          const where = `${route}${personal ? ' (personal workshop)' : ''} as ${actor}`;
          if (route === 'POST /api/auth/logout' && isAccount(actor)) await login(actor);
          if (res.status !== want) failures.push(`${where}: ${res.status}, expected ${want} (${res.text.slice(0, 120)})`);
          if (res.status >= 400) {
            const problem = codedErrorProblem(res.status, res.json, res.text);
            if (problem) failures.push(`${where}: ${problem}`);
            if (res.headers.getSetCookie().length > 0) failures.push(`${where}: a refusal set a cookie`);
          }
          const member = !personal && (actor === 'owner' || actor === 'facilitator' || actor === 'viewer');
          const presented = route.includes('/api/present/');
          const mayNotSee = actor === 'owner' || member ? (presented ? fx.presenterMayNotSee : []) : actor === 'linkHolder' ? (presented ? fx.presenterMayNotSee : fx.linkHolderMayNotSee) : fx.ownerSecrets;
          for (const secret of mayNotSee) if (res.text.includes(secret)) failures.push(`${where}: the reply shows "${secret}"`);
          if (res.status < 300 && method !== 'GET' && actor !== 'owner') {
            fx = await fixture(personal);
            before = await ownerRows(fx);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(cells).toBe(runs * ACTORS.length);
    // eleven actors on every route, twice for the workshop and session routes, with fresh fixtures
  }, 600_000);
});

/** The socket side: each way of connecting to /live, and what each connection may emit. */
describe('authorization matrix: /live handshakes and events', () => {
  const api = apiForSuite({ RATE_LIMIT_AUTH_PER_MINUTE: '100000' });
  let owner: ApiClient;
  let stranger: ApiClient;
  let session: TSession;
  let otherSession: TSession;
  let strangerSession: TSession;
  let closedSession: TSession;
  let validToken: string;
  let revokedToken: string;
  let presenterToken: string;
  let revokedPresenterToken: string;
  let orgSession: TSession;
  let orgPeople: Awaited<ReturnType<typeof orgWithEveryone>>;
  const sockets: TestSocket[] = [];

  const open = (auth: Record<string, string>, cookie?: string) => {
    const s = connect(api.url, auth, cookie);
    sockets.push(s);
    return s;
  };
  const handshake = async (auth: Record<string, unknown>, cookie?: string): Promise<{ ok: true; socket: TestSocket } | { ok: false; code: string }> => {
    const s = open(auth as Record<string, string>, cookie);
    try {
      await connected(s);
      return { ok: true, socket: s };
    } catch (err) {
      return { ok: false, code: (err as { data?: { code?: string } }).data?.code ?? String(err) };
    }
  };
  const answer = (s: TestSocket, target: TSession, extra: Record<string, unknown> = {}) =>
    request<{ ok: boolean; code?: string }>(s, 'answer:submit', { answerId: randomUUID(), concernId: target.concerns[0]!.id, choice: 'owners', owners: [target.roles[0]!.id], ...extra });

  beforeAll(async () => {
    owner = await signUp(api.url);
    stranger = await signUp(api.url);
    const start = async (client: ApiClient) => {
      const s = await createSession(client, (await createWorkshop(client)).id);
      await client.post(`/api/sessions/${s.id}/actions`, { action: 'start' });
      return s;
    };
    session = await start(owner);
    otherSession = await start(owner);
    strangerSession = await start(stranger);
    closedSession = await start(owner);
    await owner.post(`/api/sessions/${closedSession.id}/actions`, { action: 'close' });
    validToken = (await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, {})).body.token;
    revokedToken = (await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, {})).body.token;
    await owner.delete(`/api/sessions/${session.id}/share/${revokedToken}`);
    presenterToken = (await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, { kind: 'presenter' })).body.token;
    revokedPresenterToken = (await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, { kind: 'presenter' })).body.token;
    await owner.delete(`/api/sessions/${session.id}/share/${revokedPresenterToken}`);
    orgPeople = await orgWithEveryone(api.url);
    const orgWorkshop = await createWorkshop(orgPeople.owner, { ...workshopBody(), orgId: orgPeople.org.id });
    orgSession = await createSession(orgPeople.owner, orgWorkshop.id);
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });

  // who connects, with what auth and cookie, and the outcome: the connection's kind or the refusal's code
  const HANDSHAKES: { who: string; auth: () => Record<string, unknown>; cookie: () => string | undefined; expected: string }[] = [
    { who: 'anyone with the join code', auth: () => ({ joinCode: session.joinCode }), cookie: () => undefined, expected: 'participant' },
    { who: 'the owner\'s browser with the join code', auth: () => ({ joinCode: session.joinCode }), cookie: () => owner.cookie, expected: 'participant' },
    { who: 'anyone with a lower-case join code', auth: () => ({ joinCode: session.joinCode.toLowerCase() }), cookie: () => undefined, expected: 'participant' },
    { who: 'a closed session\'s join code (its QR code says it closed)', auth: () => ({ joinCode: closedSession.joinCode }), cookie: () => undefined, expected: 'session/closed' },
    { who: 'a made-up join code', auth: () => ({ joinCode: 'ZZZZZZ' }), cookie: () => undefined, expected: 'session/not-found' },
    { who: 'a join code of the wrong shape', auth: () => ({ joinCode: 12345 }), cookie: () => undefined, expected: 'session/not-found' },
    { who: 'the session id without a cookie', auth: () => ({ sessionId: session.id }), cookie: () => undefined, expected: 'auth/required' },
    { who: 'the session id with a forged cookie', auth: () => ({ sessionId: session.id }), cookie: () => `thinline_session=${randomShareToken()}`, expected: 'auth/required' },
    { who: 'the session id with the owner\'s cookie', auth: () => ({ sessionId: session.id }), cookie: () => owner.cookie, expected: 'presenter' },
    { who: 'the session id with another facilitator\'s cookie', auth: () => ({ sessionId: session.id }), cookie: () => stranger.cookie, expected: 'session/not-found' },
    { who: 'another facilitator\'s session id with the owner\'s cookie', auth: () => ({ sessionId: strangerSession.id }), cookie: () => owner.cookie, expected: 'session/not-found' },
    // an org's session: its owner, facilitators and viewers watch it; nobody else learns it exists
    { who: 'an org session with its owner\'s cookie', auth: () => ({ sessionId: orgSession.id }), cookie: () => orgPeople.owner.cookie, expected: 'presenter' },
    { who: 'an org session with a facilitator\'s cookie', auth: () => ({ sessionId: orgSession.id }), cookie: () => orgPeople.facilitator.cookie, expected: 'presenter' },
    { who: 'an org session with a viewer\'s cookie (screens only listen)', auth: () => ({ sessionId: orgSession.id }), cookie: () => orgPeople.viewer.cookie, expected: 'presenter' },
    { who: 'an org session with a removed member\'s cookie', auth: () => ({ sessionId: orgSession.id }), cookie: () => orgPeople.removed.cookie, expected: 'session/not-found' },
    { who: 'an org session with another org\'s member\'s cookie', auth: () => ({ sessionId: orgSession.id }), cookie: () => orgPeople.otherOrg.cookie, expected: 'session/not-found' },
    { who: 'an org session with a stranger\'s cookie', auth: () => ({ sessionId: orgSession.id }), cookie: () => stranger.cookie, expected: 'session/not-found' },
    { who: 'an org member\'s cookie on a personal session of someone else', auth: () => ({ sessionId: session.id }), cookie: () => orgPeople.facilitator.cookie, expected: 'session/not-found' },
    { who: 'a malformed session id with the owner\'s cookie', auth: () => ({ sessionId: 'not-an-id' }), cookie: () => owner.cookie, expected: 'validation/invalid' },
    { who: 'a valid share token', auth: () => ({ shareToken: validToken }), cookie: () => undefined, expected: 'report' },
    { who: 'a valid share token with another facilitator\'s cookie', auth: () => ({ shareToken: validToken }), cookie: () => stranger.cookie, expected: 'report' },
    { who: 'a revoked share token', auth: () => ({ shareToken: revokedToken }), cookie: () => undefined, expected: 'report/not-found' },
    { who: 'a made-up share token', auth: () => ({ shareToken: randomShareToken() }), cookie: () => undefined, expected: 'report/not-found' },
    // a presenter link opens the projector and nothing else; a report link does not open it
    { who: 'a valid presenter token', auth: () => ({ presenterToken }), cookie: () => undefined, expected: 'projector' },
    { who: 'a revoked presenter token', auth: () => ({ presenterToken: revokedPresenterToken }), cookie: () => undefined, expected: 'presenter-link/revoked' },
    { who: 'a report token as a presenter token', auth: () => ({ presenterToken: validToken }), cookie: () => undefined, expected: 'presenter-link/not-found' },
    { who: 'a presenter token as a share token', auth: () => ({ shareToken: presenterToken }), cookie: () => undefined, expected: 'report/not-found' },
    { who: 'a made-up presenter token', auth: () => ({ presenterToken: randomShareToken() }), cookie: () => undefined, expected: 'presenter-link/not-found' },
    { who: 'no credentials', auth: () => ({}), cookie: () => undefined, expected: 'validation/invalid' },
  ];

  it.each(HANDSHAKES)('handshake: $who → $expected', async ({ auth, cookie, expected }) => {
    const result = await handshake(auth(), cookie());
    if (expected === 'participant' || expected === 'presenter' || expected === 'report' || expected === 'projector') {
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      // What the connection may do tells its kind: only a participant joins.
      const join = await request<{ ok: boolean; code?: string }>(result.socket, 'participant:join', {});
      if (expected === 'participant') expect(join.ok).toBe(true);
      else expect(join).toMatchObject({ ok: false, code: expected === 'projector' ? 'access/read-only' : 'validation/invalid' });
    } else {
      expect(result).toEqual({ ok: false, code: expected });
    }
  });

  it('a presenter socket and a report socket cannot answer or join; a participant answers only after joining', async () => {
    const presenter = await handshake({ sessionId: session.id }, owner.cookie);
    const report = await handshake({ shareToken: validToken });
    const phone = await handshake({ joinCode: session.joinCode });
    if (!presenter.ok || !report.ok || !phone.ok) throw new Error('handshakes failed');
    expect(await answer(presenter.socket, session)).toMatchObject({ ok: false, code: 'participant/not-joined' });
    expect(await answer(report.socket, session)).toMatchObject({ ok: false, code: 'participant/not-joined' });
    expect(await request(presenter.socket, 'participant:join', { roleId: session.roles[0]!.id })).toMatchObject({ ok: false, code: 'validation/invalid' });
    expect(await request(report.socket, 'participant:join', {})).toMatchObject({ ok: false, code: 'validation/invalid' });

    expect(await answer(phone.socket, session)).toMatchObject({ ok: false, code: 'participant/not-joined' });
    expect((await request<{ ok: boolean }>(phone.socket, 'participant:join', { roleId: session.roles[0]!.id })).ok).toBe(true);
    expect(await answer(phone.socket, session)).toMatchObject({ ok: true });
    // Nobody answers for someone else: the payload cannot name a participant.
    expect(await answer(phone.socket, session, { participantId: randomUUID() })).toMatchObject({ ok: false, code: 'validation/invalid' });
    for (const s of [presenter.socket, report.socket, phone.socket]) expect(s.connected).toBe(true);
  });

  it('a participant of another session cannot answer this session or resume one of its participants', async () => {
    const mine = await handshake({ joinCode: session.joinCode });
    const theirs = await handshake({ joinCode: otherSession.joinCode });
    if (!mine.ok || !theirs.ok) throw new Error('handshakes failed');
    const joined = await request<{ ok: true } & TJoinResult>(mine.socket, 'participant:join', {});
    expect((await request<{ ok: boolean }>(theirs.socket, 'participant:join', {})).ok).toBe(true);

    expect(await answer(theirs.socket, session)).toMatchObject({ ok: false, code: 'concern/not-found' });
    // The owners are this session's roles: in the other session, an unknown role.
    expect(await answer(theirs.socket, otherSession, { owners: [randomUUID()] })).toMatchObject({ ok: false, code: 'answer/invalid' });
    expect(await request(theirs.socket, 'participant:join', { resumeToken: joined.resumeToken })).toMatchObject({ ok: false, code: 'participant/invalid-resume' });
  });

  it('phones never receive the presenters\' heatmap or presence; presenters and report viewers get the heatmap', async () => {
    const presenter = await handshake({ sessionId: session.id }, owner.cookie);
    const report = await handshake({ shareToken: validToken });
    const phone = await handshake({ joinCode: session.joinCode });
    if (!presenter.ok || !report.ok || !phone.ok) throw new Error('handshakes failed');
    const seen: string[] = [];
    phone.socket.onAny((event: string) => seen.push(event));
    // the presenter hears of the join (presence) and of the answer (heatmap), the report of the answer
    const before = (await owner.get<THeatmap>(`/api/sessions/${session.id}/heatmap`)).body;
    const presenterPresence = waitForEvent(presenter.socket, 'presence', { until: (p) => p.participants > before.participants });
    await request(phone.socket, 'participant:join', {});
    const counted = { until: (h: THeatmap) => h.answers > before.answers };
    const presenterHeatmap = waitForEvent(presenter.socket, 'heatmap', counted);
    const reportHeatmap = waitForEvent(report.socket, 'heatmap', counted);
    expect(await answer(phone.socket, session, { concernId: session.concerns[1]!.id })).toMatchObject({ ok: true });
    await Promise.all([presenterPresence, presenterHeatmap, reportHeatmap]);
    // A round trip on the phone's own connection after those: a heatmap or presence sent to
    // the phone with them would have arrived before this acknowledgement (one socket keeps order).
    expect(await request(phone.socket, 'answer:submit', { not: 'an answer' })).toMatchObject({ ok: false, code: 'validation/invalid' });
    expect(seen.filter((e) => e === 'heatmap' || e === 'presence')).toEqual([]);
  });
});

import type { TAuditLog, TOrg, TShareLink } from '@thinline/shared';
import { apiForSuite } from './support/api-process.js';
import { createSession, createWorkshop, workshopBody } from './support/factories.js';
import { ApiClient } from './support/http-client.js';
import { join, orgWithEveryone } from './support/orgs.js';
import { eventually } from './support/wait.js';

/** The session's audit log once it holds at least `count` events (they are written after the reply). */
async function auditOnceLogged(client: ApiClient, sessionId: string, count: number): Promise<TAuditLog> {
  let log: TAuditLog = { events: [] };
  await eventually(async () => {
    log = (await client.get<TAuditLog>(`/api/sessions/${sessionId}/audit`)).body;
    return log.events.length >= count;
  }, 'every event is logged');
  return log;
}

describe('audit log: who did what to a session, and when', () => {
  const api = apiForSuite({ RATE_LIMIT_AUTH_PER_MINUTE: '100000' });

  it('records each co-facilitator\'s actions with their name, in order; a no-op second reveal is not an event', async () => {
    const { org, owner, facilitator, viewer } = await orgWithEveryone(api.url, { owner: 'Olga Owner', facilitator: 'Fred Facilitator' });
    const session = await createSession(owner, (await createWorkshop(owner, { ...workshopBody(), orgId: org.id })).id, { pacing: 'facilitator-led' });
    const [c1, c2] = session.concerns.map((c) => c.id) as [string, string];
    const act = (who: ApiClient, action: string, concernId?: string) => who.post(`/api/sessions/${session.id}/actions`, { action, concernId });
    const started = Date.now();

    expect((await act(owner, 'start')).status).toBe(200);
    expect((await act(facilitator, 'lock', c1)).status).toBe(200);
    expect((await act(facilitator, 'reveal', c1)).status).toBe(200);
    expect((await act(owner, 'reveal', c1)).status).toBe(200); // already shown: nothing happens
    expect((await act(owner, 'next')).status).toBe(200);
    const link = (await facilitator.post<TShareLink>(`/api/sessions/${session.id}/share`, {})).body;
    expect((await facilitator.delete(`/api/sessions/${session.id}/share/${link.token}`)).status).toBe(204);
    expect((await viewer.get(`/api/sessions/${session.id}/export.json`)).status).toBe(200);
    expect((await owner.post(`/api/sessions/${session.id}/actions`, { action: 'close' })).status).toBe(200);

    const expected = [
      ['Olga Owner', 'start', undefined],
      ['Fred Facilitator', 'lock', c1],
      ['Fred Facilitator', 'reveal', c1],
      ['Olga Owner', 'goto', c2],
      ['Fred Facilitator', 'share', undefined],
      ['Fred Facilitator', 'revoke-share', undefined],
      ['Viewing Manager', 'export', undefined],
      ['Olga Owner', 'close', undefined],
    ];
    const log = await auditOnceLogged(facilitator, session.id, expected.length);
    expect(log.events.map((e) => [e.actor.name, e.action, e.concernId])).toEqual(expected);
    expect(log.events[0]!.actor.id).toBe(owner.userId);
    const times = log.events.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]!).toBeGreaterThanOrEqual(started - 1000);

    // the owner and co-facilitators read it; a viewer may not, nobody else learns the session exists
    expect((await viewer.get(`/api/sessions/${session.id}/audit`)).body.code).toBe('access/read-only');
    const outsider = (await orgWithEveryone(api.url)).otherOrg;
    expect((await outsider.get(`/api/sessions/${session.id}/audit`)).body.code).toBe('session/not-found');
  });

  it('is in a facilitator\'s export.json, and never in a report link\'s', async () => {
    const { owner } = await orgWithEveryone(api.url, { owner: 'Olga Owner' });
    const org = (await owner.post<TOrg>('/api/orgs', { name: 'Exporters' })).body;
    const fred = (await orgWithEveryone(api.url, { owner: 'Fred Two' })).owner;
    await join(owner, org.id, fred, 'facilitator');
    const session = await createSession(fred, (await createWorkshop(owner, { ...workshopBody(), orgId: org.id })).id);
    expect((await fred.post(`/api/sessions/${session.id}/actions`, { action: 'start' })).status).toBe(200);
    const link = (await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, {})).body;

    await eventually(async () => (await owner.get<TAuditLog>(`/api/sessions/${session.id}/audit`)).body.events.length === 2, 'start and share logged');
    const json = (await owner.get<{ audit?: { action: string; actor: { name: string } }[] }>(`/api/sessions/${session.id}/export.json`)).body;
    expect(json.audit?.map((e) => [e.actor.name, e.action])).toEqual([
      ['Fred Two', 'start'],
      ['Olga Owner', 'share'],
    ]);
    const viaLink = await new ApiClient(api.url).get<Record<string, unknown>>(`/api/reports/${link.token}/export.json`);
    expect(viaLink.status).toBe(200);
    expect(viaLink.body).not.toHaveProperty('audit');
    expect(JSON.stringify(viaLink.body)).not.toContain('Olga Owner');
  });

  it('records decisions (decided, taken back) and closing-time changes, by whoever made them', async () => {
    const { org, owner, facilitator } = await orgWithEveryone(api.url, { owner: 'Olga Owner', facilitator: 'Fred Facilitator' });
    const session = await createSession(owner, (await createWorkshop(owner, { ...workshopBody(), orgId: org.id })).id);
    const concern = session.concerns[0]!.id;
    const accountable = session.roles[0]!.id;
    expect((await owner.post(`/api/sessions/${session.id}/actions`, { action: 'start' })).status).toBe(200);
    expect((await facilitator.put(`/api/sessions/${session.id}/decisions/${concern}`, { raci: { [accountable]: 'A' } })).status).toBe(200);
    expect((await owner.delete(`/api/sessions/${session.id}/decisions/${concern}`)).status).toBe(204);
    expect((await facilitator.patch(`/api/sessions/${session.id}`, { closesAt: new Date(Date.now() + 86_400_000).toISOString() })).status).toBe(200);

    const expected = [
      ['Olga Owner', 'start', undefined],
      ['Fred Facilitator', 'decide', concern],
      ['Olga Owner', 'undecide', concern],
      ['Fred Facilitator', 'set-closes-at', undefined],
    ];
    const log = await auditOnceLogged(owner, session.id, expected.length);
    expect(log.events.map((e) => [e.actor.name, e.action, e.concernId])).toEqual(expected);
  });
});

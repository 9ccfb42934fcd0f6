import { randomUUID } from 'node:crypto';
import type { TReport, TShareLink, TShareLinkList } from '@thinline/shared';
import { apiForSuite } from './support/api-process.js';
import { liveSession, signUp } from './support/factories.js';
import { connect, connected, request, waitForEvent } from './support/sockets.js';

describe('read-only report links', () => {
  const server = apiForSuite();

  it('shows the session to the link holder, and nothing once revoked', async () => {
    const owner = await signUp(server.url);
    const session = await liveSession(owner);
    const phone = connect(server.url, { joinCode: session.joinCode });
    await connected(phone);
    await request(phone, 'participant:join', { roleId: session.roles[1]!.id });
    expect((await request<{ ok: boolean }>(phone, 'answer:submit', { answerId: randomUUID(), concernId: session.concerns[0]!.id, choice: 'owners', owners: [session.roles[1]!.id] })).ok).toBe(true);
    phone.disconnect();

    const link = await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, {});
    expect(link.status).toBe(201);
    expect(Buffer.from(link.body.token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(link.body.url).toMatch(new RegExp(`/r/${link.body.token}$`));

    const report = await fetch(`${server.url}/api/reports/${link.body.token}`);
    expect(report.status).toBe(200);
    const body = (await report.json()) as TReport;
    const http = await owner.get(`/api/sessions/${session.id}/heatmap`);
    expect(body.session.title).toBe(session.title);
    expect(body.participants).toBe(1);
    expect(body.heatmap).toEqual(http.body);
    expect(body.rounds).toHaveLength(1);

    const viewer = connect(server.url, { shareToken: link.body.token });
    const firstHeatmap = waitForEvent(viewer, 'heatmap');
    await connected(viewer);
    expect(await firstHeatmap).toEqual(http.body);
    viewer.disconnect();

    const revoked = await owner.delete(`/api/sessions/${session.id}/share/${link.body.token}`);
    expect(revoked.status).toBe(204);
    const gone = await fetch(`${server.url}/api/reports/${link.body.token}`);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toMatchObject({ code: 'report/not-found' });
    await expect(connected(connect(server.url, { shareToken: link.body.token }))).rejects.toMatchObject({ data: { code: 'report/not-found' } });

    const unknown = await fetch(`${server.url}/api/reports/${'A'.repeat(43)}`);
    expect(unknown.status).toBe(404);
  });

  it('lists the links that still work, so one can be revoked by its id after a reload', async () => {
    const owner = await signUp(server.url);
    const session = await liveSession(owner);
    const forever = await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, {});
    const week = await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, { expiresInDays: 7 });
    const list = await owner.get<TShareLinkList>(`/api/sessions/${session.id}/share`);
    expect(list.status).toBe(200);
    // newest first; the tokens are not listed (stored hashed), the ids are
    expect(list.body.links.map((l) => l.id)).toEqual([week.body.id, forever.body.id]);
    expect(JSON.stringify(list.body)).not.toContain(forever.body.token);
    expect(list.body.links[0]!.expiresAt).toBe(week.body.expiresAt);
    expect(list.body.links[1]!.expiresAt).toBeNull();

    expect((await owner.delete(`/api/sessions/${session.id}/share/${forever.body.id!}`)).status).toBe(204);
    expect((await fetch(`${server.url}/api/reports/${forever.body.token}`)).status).toBe(404);
    expect((await owner.get<TShareLinkList>(`/api/sessions/${session.id}/share`)).body.links.map((l) => l.id)).toEqual([week.body.id]);
    expect((await owner.delete(`/api/sessions/${session.id}/share/${forever.body.id!}`)).status).toBe(404);
  });

  it("does not let another facilitator share or revoke a session's link", async () => {
    const owner = await signUp(server.url);
    const other = await signUp(server.url);
    const session = await liveSession(owner, { start: false });
    expect((await other.post(`/api/sessions/${session.id}/share`, {})).status).toBe(404);
    const link = await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, {});
    expect((await other.delete(`/api/sessions/${session.id}/share/${link.body.token}`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/reports/${link.body.token}`)).status).toBe(200);
  });
});

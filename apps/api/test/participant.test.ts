import { randomUUID } from 'node:crypto';
import type { TJoinResult, TSession } from '@thinline/shared';
import { apiForSuite, startApi } from './support/api-process.js';
import { query } from './support/db.js';
import { liveSession, signUp } from './support/factories.js';
import type { ApiClient } from './support/http-client.js';
import { type TestSocket, connect, connected, request, waitForEvent } from './support/sockets.js';

type Ack = { ok: boolean; code?: string; message?: string; answerId?: string };

describe('a participant on a phone', () => {
  const server = apiForSuite();
  let owner: ApiClient;
  let session: TSession;
  const sockets: TestSocket[] = [];

  const phone = async (code = session.joinCode) => {
    const s = connect(server.url, { joinCode: code });
    sockets.push(s);
    await connected(s);
    return s;
  };
  const join = async (s: TestSocket, payload: Record<string, unknown> = {}) => {
    const ack = await request<{ ok: true } & TJoinResult>(s, 'participant:join', { roleId: session.roles[0]!.id, ...payload });
    expect(ack.ok).toBe(true);
    return ack;
  };
  const answer = (s: TestSocket, body: Record<string, unknown>) =>
    request<Ack>(s, 'answer:submit', { answerId: randomUUID(), concernId: session.concerns[0]!.id, choice: 'owners', owners: [session.roles[0]!.id], ...body });
  const storedAnswers = (participantId: string) =>
    query<{ concern_id: string; answer_key: string; answer_id: string }>('SELECT concern_id::text, answer_key, answer_id::text FROM answer WHERE participant_id = $1', [participantId]);

  beforeAll(async () => {
    owner = await signUp(server.url);
    session = await liveSession(owner);
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });

  it('joins with a code, answers, and the answer is in PostgreSQL when acknowledged', async () => {
    const s = await phone();
    const joined = await join(s, { name: 'Ana' });
    expect(joined.session.concerns).toHaveLength(4);
    expect(joined.resumeToken.length).toBeGreaterThanOrEqual(20);

    const ack = await answer(s, { owners: [session.roles[0]!.id, session.roles[1]!.id] });
    expect(ack).toEqual({ ok: true, answerId: expect.any(String) });
    const rows = await storedAnswers(joined.participantId);
    expect(rows).toEqual([{ concern_id: session.concerns[0]!.id, answer_key: `owners:${[session.roles[0]!.id, session.roles[1]!.id].sort().join(',')}`, answer_id: ack.answerId }]);
  });

  it('replaces an answer with a newer one, and applies a retried answerId once', async () => {
    const s = await phone();
    const joined = await join(s);
    const first = randomUUID();
    expect((await answer(s, { answerId: first, choice: 'nobody', owners: undefined })).ok).toBe(true);
    expect((await answer(s, { answerId: first, choice: 'nobody', owners: undefined })).ok).toBe(true);
    expect((await storedAnswers(joined.participantId)).map((r) => r.answer_key)).toEqual(['nobody']);

    const second = randomUUID();
    expect((await answer(s, { answerId: second, owners: [session.roles[2]!.id] })).ok).toBe(true);
    // The first submission arrives again late (a retry): acknowledged, nothing changes.
    expect((await answer(s, { answerId: first, choice: 'nobody', owners: undefined })).ok).toBe(true);
    const rows = await storedAnswers(joined.participantId);
    expect(rows).toEqual([{ concern_id: session.concerns[0]!.id, answer_key: `owners:${session.roles[2]!.id}`, answer_id: second }]);
  });

  it('resumes the same participant with its answers after a disconnect', async () => {
    const s = await phone();
    const joined = await join(s);
    const ack = await answer(s, { concernId: session.concerns[1]!.id, choice: 'unknown', owners: undefined, confidence: 2 });
    expect(ack.ok).toBe(true);
    s.disconnect();

    const again = await phone();
    const resumed = await join(again, { resumeToken: joined.resumeToken });
    expect(resumed.participantId).toBe(joined.participantId);
    expect(resumed.answers).toEqual([expect.objectContaining({ answerId: ack.answerId, concernId: session.concerns[1]!.id, choice: 'unknown', confidence: 2 })]);

    // Coming back, the phone may pick another role: same participant, answers follow it.
    const moved = await join(again, { resumeToken: joined.resumeToken, roleId: session.roles[2]!.id });
    expect(moved.participantId).toBe(joined.participantId);
    expect(moved.ownRole).toBe(session.roles[2]!.id);
    const roles = await query<{ own_role: string }>('SELECT own_role FROM answer WHERE participant_id = $1', [joined.participantId]);
    expect(roles).toEqual([{ own_role: session.roles[2]!.id }]);

    const wrong = await request<Ack>(again, 'participant:join', { resumeToken: 'x'.repeat(32) });
    expect(wrong).toMatchObject({ ok: false, code: 'participant/invalid-resume' });
  });

  it('refuses answers to a locked concern with answer/locked, keeping the earlier answer', async () => {
    const s = await phone();
    const joined = await join(s);
    const concernId = session.concerns[3]!.id;
    expect((await answer(s, { concernId })).ok).toBe(true);
    const locked = await owner.post(`/api/sessions/${session.id}/actions`, { action: 'lock', concernId });
    expect(locked.status).toBeLessThan(300);

    const late = await answer(s, { concernId, choice: 'nobody', owners: undefined });
    expect(late).toMatchObject({ ok: false, code: 'answer/locked' });
    expect((await storedAnswers(joined.participantId)).map((r) => r.answer_key)).toEqual([`owners:${session.roles[0]!.id}`]);
  });

  it('sends revealed results to phones that join later, computed once for a room joining at once', async () => {
    const room = await liveSession(owner);
    const [first, second] = room.concerns;
    const reveal = async (concernId: string) => expect((await owner.post(`/api/sessions/${room.id}/actions`, { action: 'reveal', concernId })).status).toBeLessThan(300);
    const computed = async () => Number(/^thinline_heatmaps_computed_total (\d+)/m.exec(await (await fetch(`${server.url}/metrics`)).text())?.[1]);
    const joinRoom = (s: TestSocket) => join(s, { roleId: room.roles[1]!.id });

    const early = await phone(room.joinCode);
    await joinRoom(early);
    expect(await answer(early, { concernId: first!.id, owners: [room.roles[1]!.id] })).toMatchObject({ ok: true });
    const shown = waitForEvent(early, 'results');
    await reveal(first!.id);
    expect((await shown).concerns.map((c) => [c.concernId, c.answered])).toEqual([[first!.id, 1]]);

    // 40 phones join at once after the reveal: each is shown the revealed concern...
    const before = await computed();
    const late = await Promise.all(
      Array.from({ length: 40 }, async () => {
        const s = await phone(room.joinCode);
        const results = waitForEvent(s, 'results');
        await joinRoom(s);
        return results;
      }),
    );
    for (const results of late) expect(results.concerns.map((c) => [c.concernId, c.answered])).toEqual([[first!.id, 1]]);
    // ...from a few shared computations, not one read of the whole room per phone.
    expect((await computed()) - before).toBeLessThan(10);

    // A new reveal is a fresh computation at once: the next phone sees both concerns.
    await reveal(second!.id);
    const next = await phone(room.joinCode);
    const results = waitForEvent(next, 'results');
    await joinRoom(next);
    expect((await results).concerns.map((c) => c.concernId)).toEqual([first!.id, second!.id]);
  });

  it('refuses every bad payload with a coded error and stores nothing', async () => {
    const s = await phone();
    const joined = await join(s);
    const other = await liveSession(owner);
    const cases: [string, Record<string, unknown>, string][] = [
      ['unknown concern', { concernId: randomUUID() }, 'concern/not-found'],
      ["another session's concern", { concernId: other.concerns[0]!.id }, 'concern/not-found'],
      ['unknown role', { owners: [randomUUID()] }, 'answer/invalid'],
      ['malformed concern id', { concernId: 'not-an-id' }, 'validation/invalid'],
      ['malformed answer id', { answerId: '123' }, 'validation/invalid'],
      ['no owner picked', { owners: [] }, 'validation/invalid'],
      ['oversized comment', { comment: 'x'.repeat(281) }, 'validation/invalid'],
      ['unknown field', { extra: true }, 'validation/invalid'],
      ['wrong type', { confidence: 'high' }, 'validation/invalid'],
    ];
    for (const [what, body, code] of cases) {
      const ack = await answer(s, body);
      expect({ what, ...ack }).toMatchObject({ what, ok: false, code });
      expect(typeof ack.message).toBe('string');
    }
    const notAnObject = await request<Ack>(s, 'answer:submit', 'hello');
    expect(notAnObject).toMatchObject({ ok: false, code: 'validation/invalid' });
    expect(await storedAnswers(joined.participantId)).toEqual([]);
    expect(s.connected).toBe(true);
  });

  it('enforces one Accountable in RACI mode', async () => {
    const raci = await liveSession(owner, { settings: { answerMode: 'raci' } });
    const s = await phone(raci.joinCode);
    const joined = await request<{ ok: true } & TJoinResult>(s, 'participant:join', { roleId: 'other' });
    const [a, b] = raci.roles;
    const two = await request<Ack>(s, 'answer:submit', { answerId: randomUUID(), concernId: raci.concerns[0]!.id, choice: 'owners', raci: { [a!.id]: 'A', [b!.id]: 'A' } });
    expect(two).toMatchObject({ ok: false, code: 'validation/invalid', message: expect.stringContaining('only one role can be Accountable') });
    const good = await request<Ack>(s, 'answer:submit', { answerId: randomUUID(), concernId: raci.concerns[0]!.id, choice: 'owners', raci: { [a!.id]: 'A', [b!.id]: 'R' } });
    expect(good.ok).toBe(true);
    expect((await storedAnswers(joined.participantId)).map((r) => r.answer_key)).toEqual([`owners:${[a!.id, b!.id].sort().join(',')}`]);
  });

  it('refuses a wrong join code at connection and answers in a closed session', async () => {
    await expect(phone('ZZZZZZ')).rejects.toMatchObject({ data: { code: 'session/not-found' } });

    const closing = await liveSession(owner);
    const s = await phone(closing.joinCode);
    await request(s, 'participant:join', {});
    await owner.post(`/api/sessions/${closing.id}/actions`, { action: 'close' });
    const ack = await request<Ack>(s, 'answer:submit', { answerId: randomUUID(), concernId: closing.concerns[0]!.id, choice: 'nobody' });
    expect(ack).toMatchObject({ ok: false, code: 'session/closed' });
    // its code now says the session closed (and thanks the person), not that the code is wrong
    await expect(phone(closing.joinCode)).rejects.toMatchObject({ data: { code: 'session/closed' } });
  });

  it('refuses an answer before joining, and rate-limits a flood without dropping the connection', async () => {
    const s = await phone();
    expect(await answer(s, {})).toMatchObject({ ok: false, code: 'participant/not-joined' });
    await join(s);
    const acks = await Promise.all(Array.from({ length: 40 }, (_, i) => answer(s, { concernId: session.concerns[i % 3]!.id })));
    const limited = acks.filter((a) => a.code === 'rate/limited');
    expect(limited.length).toBeGreaterThan(0);
    expect(acks.filter((a) => a.ok).length).toBeGreaterThan(0);
    expect(s.connected).toBe(true);
  });
});

describe('durability', () => {
  it('keeps an answer acknowledged just before the API process is killed', async () => {
    const first = await startApi();
    const session = await liveSession(await signUp(first.url));
    const s = connect(first.url, { joinCode: session.joinCode });
    await connected(s);
    const joined = await request<{ ok: true } & TJoinResult>(s, 'participant:join', {});
    const ack = await request<Ack>(s, 'answer:submit', { answerId: randomUUID(), concernId: session.concerns[0]!.id, choice: 'nobody' });
    expect(ack.ok).toBe(true);
    await first.kill();
    s.disconnect();

    const second = await startApi();
    try {
      const again = connect(second.url, { joinCode: session.joinCode });
      await connected(again);
      const resumed = await request<{ ok: true } & TJoinResult>(again, 'participant:join', { resumeToken: joined.resumeToken });
      expect(resumed.answers.map((a) => a.answerId)).toEqual([ack.answerId]);
      again.disconnect();
    } finally {
      await second.stop();
    }
  });
});

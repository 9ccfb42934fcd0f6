import { shownAggregate } from '@thinline/shared';
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { THeatmap, TSession } from '@thinline/shared';
import { type ApiProcess, apiForSuite, startApi } from './support/api-process.js';
import { liveSession, signUp } from './support/factories.js';
import { startRedis, type RedisProcess } from './support/redis.js';
import { type TestSocket, connect, connected, request, waitForEvent } from './support/sockets.js';

/**
 * 50 participants; the final answers are designed so the numbers are easy to check by hand
 * (roles: DE, ML, DS, PL; θ = 0.5):
 * - concern 1: 30 say {DE}, 20 say {DE, ML} → DE 1.0, ML 0.4, owners [DE], clear;
 *   agreement = (C(30,2) + C(20,2) + 30·20·½) / C(50,2) = (435 + 190 + 300) / 1225 = 0.755102…
 * - concern 2: 25 "nobody", 25 {PL} → nobody 0.5 ≥ θ → gap; PL 0.5;
 *   agreement = (C(25,2) + C(25,2)) / 1225 = 600 / 1225 = 0.489796…
 * - concern 3: 20 {DE}, 20 {ML}, 10 "don't know" → answered 40, DE 0.5, ML 0.5 → overlap;
 *   agreement = (190 + 190) / C(40,2) = 380 / 780 = 0.487179…
 * - concern 4: nobody answers → no data.
 */
function finalAnswer(i: number, s: TSession): { concernId: string; choice: string; owners?: string[] }[] {
  const [de, ml, , pl] = s.roles.map((r) => r.id) as [string, string, string, string];
  const [c1, c2, c3] = s.concerns.map((c) => c.id) as [string, string, string];
  return [
    { concernId: c1, choice: 'owners', owners: i < 30 ? [de] : [de, ml] },
    i < 25 ? { concernId: c2, choice: 'nobody' } : { concernId: c2, choice: 'owners', owners: [pl] },
    i < 20 ? { concernId: c3, choice: 'owners', owners: [de] } : i < 40 ? { concernId: c3, choice: 'owners', owners: [ml] } : { concernId: c3, choice: 'unknown' },
  ];
}

function expectHandComputed(h: THeatmap, s: TSession): void {
  const [de, ml, ds, pl] = s.roles.map((r) => r.id) as [string, string, string, string];
  const [c1, c2, c3, c4] = h.concerns.map(shownAggregate);
  expect(h.participants).toBe(50);
  expect(c1).toMatchObject({ answered: 50, shares: { [de]: 1, [ml]: 0.4, [ds]: 0, [pl]: 0 }, nobody: 0, owners: [de], status: 'clear' });
  expect(c1!.agreement).toBeCloseTo(925 / 1225, 10);
  expect(c2).toMatchObject({ answered: 50, nobody: 0.5, owners: [pl], status: 'gap' });
  expect(c2!.shares[pl]).toBeCloseTo(0.5, 10);
  expect(c2!.agreement).toBeCloseTo(600 / 1225, 10);
  expect(c3).toMatchObject({ answered: 40, unknown: 10, shares: { [de]: 0.5, [ml]: 0.5 }, owners: [de, ml], status: 'overlap' });
  expect(c3!.agreement).toBeCloseTo(380 / 780, 10);
  expect(c4).toMatchObject({ answered: 0, status: 'no data', agreement: null });
}

async function runRoom(servers: ApiProcess[], presenterServer: ApiProcess) {
  const owner = await signUp(presenterServer.url);
  const session = await liveSession(owner);
  const presenter = connect(presenterServer.url, { sessionId: session.id }, owner.cookie);
  const heatmaps: THeatmap[] = [];
  presenter.on('heatmap', (h) => heatmaps.push(h));
  await connected(presenter);

  const phones: TestSocket[] = [];
  for (let i = 0; i < 50; i++) {
    const s = connect(servers[i % servers.length]!.url, { joinCode: session.joinCode });
    await connected(s);
    const ack = await request<{ ok: boolean }>(s, 'participant:join', { roleId: session.roles[i % 4]!.id });
    expect(ack.ok).toBe(true);
    phones.push(s);
  }
  await waitForEvent(presenter, 'presence');

  // 1,000 answers within about a second: each phone changes its mind a few times and
  // ends on its final answer (20 submissions per phone, at the per-connection limit).
  const beforeBurst = heatmaps.length;
  const acks = await Promise.all(
    phones.map(async (s, i) => {
      const final = finalAnswer(i, session);
      const sequence = Array.from({ length: 20 }, (_, k) => (k >= 17 ? final[k - 17]! : { ...final[k % 3]!, choice: 'unknown', owners: undefined }));
      return Promise.all(sequence.map((a) => request<{ ok: boolean; code?: string }>(s, 'answer:submit', { answerId: randomUUID(), ...a })));
    }),
  );
  expect(acks.flat().filter((a) => !a.ok)).toEqual([]);

  // Every answer is committed: the record is final. The presenter's live numbers must settle
  // to exactly it (the last coalesced update, or the reconcile with PostgreSQL after it).
  const http = await owner.get<THeatmap>(`/api/sessions/${session.id}/heatmap`);
  const settles = (h: THeatmap) => isDeepStrictEqual(h, http.body);
  if (!heatmaps.slice(beforeBurst).some(settles)) await waitForEvent(presenter, 'heatmap', { until: settles, timeout: 10000 });
  const eventsForBurst = heatmaps.length - beforeBurst;
  for (const s of phones) s.disconnect();
  presenter.disconnect();
  // the newest update the presenter holds, which must not have moved away from the record
  return { session, last: heatmaps.at(-1)!, http: http.body, eventsForBurst };
}

describe('the live heatmap', () => {
  const server = apiForSuite();

  it('shows 50 participants the hand-computed numbers, equal to GET /heatmap, with < 20 events for 1,000 answers', async () => {
    const { session, last, http, eventsForBurst } = await runRoom([server], server);
    expect(eventsForBurst).toBeGreaterThan(0);
    expect(eventsForBurst).toBeLessThan(20);
    expect(last).toEqual(http);
    expectHandComputed(last, session);
  });
});

describe('the live heatmap across two API processes', () => {
  let redis: RedisProcess;
  let nodes: ApiProcess[];
  beforeAll(async () => {
    redis = await startRedis();
    nodes = await Promise.all([startApi({ REDIS_URL: redis.url, NODE_NAME: 'a' }), startApi({ REDIS_URL: redis.url, NODE_NAME: 'b' })]);
  });
  afterAll(async () => {
    await Promise.all((nodes ?? []).map((n) => n.stop()));
    await redis?.stop();
  });

  it('settles to the same aggregate as GET /heatmap when participants are spread over both', async () => {
    const health = await (await fetch(`${nodes[0]!.url}/api/health`)).json();
    expect(health).toMatchObject({ redis: 'up' });
    const { session, last, http } = await runRoom(nodes, nodes[0]!);
    expect(last).toEqual(http);
    expectHandComputed(last, session);
  });
});

import { LOCALES, type TSession, type TShareLink, type TWorkshop } from '@thinline/shared';
import { randomUUID } from 'node:crypto';
import { apiForSuite } from './support/api-process.js';
import { PASSWORD, createSession, createWorkshop, signUp } from './support/factories.js';
import type { ApiClient } from './support/http-client.js';
import { Rng, encodeSegment, hostileString, randomJson } from './support/fuzz.js';
import { KNOWN_CODES, RECORD_TABLES, codedErrorProblem, internalsIn, rawRequest, recordFingerprint } from './support/security.js';
import { type TestSocket, connect, connected, request } from './support/sockets.js';

/**
 * Malformed, oversized and type-confused input at every JSON endpoint the OpenAPI
 * document lists (bodies, query strings, path params) and at every socket event. Every
 * case is built to be invalid, so every answer must be a coded refusal; afterwards the
 * server is up and PostgreSQL holds exactly what it held before.
 *
 * Deterministic: FUZZ_SEED picks the cases (printed on failure), FUZZ_BUDGET_MS the time.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 50_000);
const CONCURRENCY = 16;

type Body = Record<string, unknown>;
type HttpCase = { kind: string; method: string; path: string; cookie?: string; body?: unknown; raw?: string };
type SocketCase = { kind: string; socket: TestSocket; event: string; payload: unknown };

/** A value that no schema field of the given kind accepts. */
const wrongType = (rng: Rng, not: 'string' | 'number' | 'array' | 'object') => {
  const options: unknown[] = [null, true, false, 0, -1, 1.5, 'x', [], [1], {}, { a: 1 }];
  const filtered = options.filter((v) => {
    if (not === 'string') return typeof v !== 'string';
    if (not === 'number') return typeof v !== 'number';
    if (not === 'array') return !Array.isArray(v);
    return typeof v !== 'object' || v === null || Array.isArray(v);
  });
  return rng.pick(filtered);
};
/** Text that breaks a string field: a NUL, too long, blank where one is needed, or not a string. */
const badText = (rng: Rng, max: number, required: boolean) => {
  const choices = [
    () => `${hostileString(rng, 4)}\u0000${hostileString(rng, 4)}`,
    () => 'x'.repeat(max + rng.int(1, 500)),
    () => wrongType(rng, 'string'),
  ];
  if (required) choices.push(() => rng.pick(['', '   ', '\t\n']));
  return rng.pick(choices)();
};
const notIn = (rng: Rng, allowed: readonly string[]) => {
  let s = hostileString(rng, 4);
  while (allowed.includes(s)) s += 'x';
  return s;
};

interface BodySpec {
  base: (rng: Rng) => Body;
  /** per field: a value the schema refuses */
  breakers: Record<string, (rng: Rng) => unknown>;
  required: string[];
}

/** The fuzzed session's role ids (set once it exists): a decision's base body names one. */
const fuzzed = { roleIds: [] as string[] };
const roles = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Role ${i}` }));
const concerns = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `Concern ${i}` }));

const BODY_SPECS: Record<string, BodySpec> = {
  'POST /api/auth/signup': {
    base: (rng) => ({ email: `fuzz-${rng.int(0, 1e9)}@example.test`, password: PASSWORD, name: 'Fuzz' }),
    breakers: {
      email: (rng) => rng.pick([() => hostileString(rng).replaceAll('@', ''), () => `${'a'.repeat(250)}@example.test`, () => wrongType(rng, 'string'), () => 'a\u0000@b.c'])(),
      password: (rng) => rng.pick([() => 'short', () => 'p'.repeat(257), () => wrongType(rng, 'string')])(),
      name: (rng) => badText(rng, 60, true),
    },
    required: ['email', 'password', 'name'],
  },
  'POST /api/auth/login': {
    // a well-formed login with an unknown email is refused too (401), so any mutation is invalid
    base: (rng) => ({ email: `nobody-${rng.int(0, 1e9)}@example.test`, password: 'wrong password' }),
    breakers: {
      email: (rng) => rng.pick([() => hostileString(rng).replaceAll('@', ''), () => wrongType(rng, 'string')])(),
      password: (rng) => rng.pick([() => '', () => 'p'.repeat(257), () => wrongType(rng, 'string')])(),
    },
    required: ['email', 'password'],
  },
  'POST /api/workshops': {
    base: () => ({ title: 'Fuzzed', description: 'd', roles: roles(2), concerns: concerns(1) }),
    breakers: {
      title: (rng) => badText(rng, 120, true),
      description: (rng) => badText(rng, 1000, false),
      roles: (rng) => rng.pick([() => roles(1), () => roles(21), () => [{ name: 'Same' }, { name: 'same' }], () => [{ name: badText(rng, 60, true) }, { name: 'B' }], () => [{ name: 'A', extra: 1 }, { name: 'B' }], () => wrongType(rng, 'array')])(),
      concerns: (rng) => rng.pick([() => [], () => concerns(101), () => [{ title: badText(rng, 120, true) }], () => [{ title: 'C', category: badText(rng, 60, false) }], () => wrongType(rng, 'array')])(),
    },
    required: ['title', 'roles', 'concerns'],
  },
  'POST /api/workshops/import': {
    base: () => ({ format: 'thinline.workshop/v1', title: 'Imported', description: '', roles: roles(2), concerns: concerns(1) }),
    breakers: {
      format: (rng) => rng.pick([() => 'thinline.workshop/v2', () => hostileString(rng), () => wrongType(rng, 'string')])(),
      title: (rng) => badText(rng, 120, true),
      description: (rng) => badText(rng, 1000, false),
      roles: (rng) => rng.pick([() => roles(1), () => roles(21), () => [{ name: 'A', id: randomUUID() }, { name: 'B' }], () => wrongType(rng, 'array')])(),
      concerns: (rng) => rng.pick([() => [], () => concerns(101), () => [{ title: badText(rng, 120, true) }], () => wrongType(rng, 'array')])(),
    },
    required: ['format', 'title', 'roles', 'concerns'],
  },
  'PATCH /api/workshops/{id}': {
    base: () => ({ title: 'Renamed' }),
    breakers: {
      title: (rng) => badText(rng, 120, true),
      description: (rng) => badText(rng, 1000, false),
      roles: (rng) => rng.pick([() => roles(1), () => roles(21), () => [{ id: 'not-an-id', name: 'A' }, { name: 'B' }], () => wrongType(rng, 'array')])(),
      concerns: (rng) => rng.pick([() => [], () => concerns(101), () => wrongType(rng, 'array')])(),
    },
    required: [],
  },
  'POST /api/workshops/{id}/sessions': {
    base: () => ({ pacing: 'self-paced' }),
    breakers: {
      pacing: (rng) => notIn(rng, ['self-paced', 'facilitator-led']),
      anonymity: (rng) => notIn(rng, ['anonymous', 'named']),
      answerMode: (rng) => notIn(rng, ['owners', 'raci']),
      threshold: (rng) => rng.pick([0, -0.5, 1.01, 'half', null, [0.5]]),
      minSegmentSize: (rng) => rng.pick([0, 51, 2.5, -3, '3', null]),
      maxParticipants: (rng) => rng.pick([0, 20001, 1e9, 3.5, '3', null]),
    },
    required: [],
  },
  'POST /api/sessions/{id}/actions': {
    base: () => ({ action: 'hide' }),
    breakers: {
      action: (rng) => notIn(rng, ['start', 'close', 'open', 'lock', 'reveal', 'hide', 'goto', 'next', 'previous', 'next-round']),
      concernId: (rng) => rng.pick([() => hostileString(rng), () => randomUUID().slice(1), () => wrongType(rng, 'string')])(),
    },
    required: ['action'],
  },
  'PUT /api/sessions/{id}/decisions/{concernId}': {
    base: () => ({ raci: { [fuzzed.roleIds[0]!]: 'A' }, rationale: 'r', dissent: 'd' }),
    breakers: {
      raci: (rng) =>
        rng.pick([
          () => ({ [fuzzed.roleIds[0]!]: 'A', [fuzzed.roleIds[1]!]: 'A' }),
          () => ({ [fuzzed.roleIds[0]!]: 'R' }),
          () => ({}),
          () => ({ [randomUUID()]: 'A' }),
          () => ({ [hostileString(rng, 3)]: 'A' }),
          () => ({ [fuzzed.roleIds[0]!]: notIn(rng, ['R', 'A', 'C', 'I']) }),
          () => wrongType(rng, 'object'),
        ])(),
      rationale: (rng) => badText(rng, 2000, false),
      dissent: (rng) => badText(rng, 2000, false),
    },
    required: ['raci'],
  },
  'POST /api/workshops/{id}/follow-ups': {
    base: () => ({ title: 'Fuzzed follow-up', dueOn: '2026-12-31' }),
    breakers: {
      title: (rng) => badText(rng, 200, true),
      assignee: (rng) => badText(rng, 100, false),
      dueOn: (rng) => rng.pick(['2026-02-30', '2026-13-01', '31/12/2026', 'tomorrow', '2026-1-1', '', 20261231, null]),
      concernId: (rng) => rng.pick([() => randomUUID(), () => hostileString(rng), () => wrongType(rng, 'string')])(),
      ownerRoleId: (rng) => rng.pick([() => randomUUID(), () => hostileString(rng), () => wrongType(rng, 'string')])(),
      sessionId: (rng) => rng.pick([() => randomUUID(), () => hostileString(rng), () => wrongType(rng, 'string')])(),
    },
    required: ['title'],
  },
  'PATCH /api/follow-ups/{id}': {
    base: () => ({ status: 'done' }),
    breakers: {
      title: (rng) => badText(rng, 200, true),
      // null clears these two: only what is not null breaks them
      assignee: (rng) => rng.pick([() => 'x'.repeat(rng.int(101, 500)), () => `${hostileString(rng, 3)}\u0000`, () => rng.pick([true, 1, [], {}])])(),
      dueOn: (rng) => rng.pick(['2026-02-30', '2026-00-10', 'soon', 20261231, []]),
      ownerRoleId: (rng) => rng.pick([() => randomUUID(), () => hostileString(rng), () => rng.pick([true, 1, [], {}])])(),
      status: (rng) => notIn(rng, ['open', 'done', 'dropped']),
    },
    required: [],
  },
  'POST /api/sessions/{id}/share': {
    base: () => ({ expiresInDays: 7 }),
    breakers: { expiresInDays: (rng) => rng.pick([0, 366, 1.5, -1, '7', null, [7]]) },
    required: [],
  },
};

/** One invalid body for a route: a broken field, a missing one, an unknown one, or not an object at all. */
function invalidBody(rng: Rng, spec: BodySpec): { body?: unknown; raw?: string } {
  const body = spec.base(rng);
  switch (rng.int(0, 8)) {
    case 0:
    case 1:
    case 2: {
      const field = rng.pick(Object.keys(spec.breakers));
      body[field] = spec.breakers[field]!(rng);
      return { body };
    }
    case 3:
      if (spec.required.length) {
        delete body[rng.pick(spec.required)];
        return { body };
      }
      body[`${notIn(rng, Object.keys(spec.breakers))}!`] = randomJson(rng);
      return { body };
    case 4: {
      // Nest strips __proto__ and constructor keys before validation (they never reach a
      // service), so they come with a key the schema refuses. Written as text: assigning
      // __proto__ on an object would set its prototype, not add a key.
      const key = rng.pick(['__proto__', 'constructor']);
      const other = rng.pick([`${hostileString(rng, 3)}!`, 'id', 'ownerId', 'userId', 'toString', 'hasOwnProperty']);
      return { raw: `${JSON.stringify(body).slice(0, -1)},${JSON.stringify(key)}:${JSON.stringify(randomJson(rng))},${JSON.stringify(other)}:${JSON.stringify(randomJson(rng))}}` };
    }
    case 5:
      return { body: rng.pick([[], [body], 'text', 42, true]) };
    case 6: {
      const text = JSON.stringify(body);
      return { raw: rng.pick([text.slice(0, rng.int(1, text.length - 1)), `${text}}`, text.replace(':', '::'), `{"a": ${'['.repeat(5000)}`, "{'single': 'quotes'}", 'null']) };
    }
    case 7:
      return { raw: JSON.stringify({ ...body, pad: 'x'.repeat(300 * 1024) }) };
    default: {
      // several breakers at once
      for (const field of Object.keys(spec.breakers)) if (rng.bool(0.6)) body[field] = spec.breakers[field]!(rng);
      body[`${notIn(rng, Object.keys(spec.breakers))}?`] = randomJson(rng, 1);
      return { body };
    }
  }
}

describe('fuzz: hostile input at every endpoint and socket event', () => {
  const api = apiForSuite({
      RATE_LIMIT_AUTH_PER_MINUTE: '1000000',
      RATE_LIMIT_JOIN_PER_MINUTE: '1000000',
      RATE_LIMIT_ANSWERS_PER_SECOND: '1000000',
      RATE_LIMIT_EXPORTS_PER_MINUTE: '1000000',
    });
  let owner: ApiClient;
  let workshop: TWorkshop;
  let session: TSession;
  let token: string;
  let followUpId: string;
  let routes: string[];
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    owner = await signUp(api.url);
    workshop = await createWorkshop(owner);
    session = await createSession(owner, workshop.id);
    await owner.post(`/api/sessions/${session.id}/actions`, { action: 'start' });
    await owner.post(`/api/sessions/${session.id}/actions`, { action: 'lock', concernId: session.concerns[3]!.id });
    token = (await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, {})).body.token;
    fuzzed.roleIds = session.roles.map((r) => r.id);
    followUpId = (await owner.post<{ id: string }>(`/api/workshops/${workshop.id}/follow-ups`, { title: 'The fuzzed follow-up' })).body.id;
    const doc = (await (await fetch(`${api.url}/api/docs/openapi.json`)).json()) as { paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> };
    routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    queryParams = Object.fromEntries(
      Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([m, op]) => [`${m.toUpperCase()} ${path}`, (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name)])),
    );
  });
  let queryParams: Record<string, string[]> = {};
  afterAll(() => {
    for (const s of sockets) s.disconnect();
  });

  const fill = (route: string, override: Record<string, string> = {}) => {
    const path = route.split(' ')[1]!;
    const id = path.startsWith('/api/workshops/') ? workshop.id : path.startsWith('/api/follow-ups/') ? followUpId : session.id;
    const values: Record<string, string> = { id, concernId: session.concerns[0]!.id, token, format: 'json', ...override };
    return path.replace(/\{(\w+)\}/g, (_, name: string) => values[name]!);
  };

  function httpCases(rng: Rng): HttpCase[] {
    const cases: HttpCase[] = [];
    const withParams = routes.filter((r) => r.includes('{'));
    // path params: one hostile value, the others real; the owner's cookie so the id is what is judged
    for (let i = 0; i < 1500; i++) {
      const route = rng.pick(withParams);
      const method = route.split(' ')[0]!;
      const names = [...route.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const name = rng.pick(names);
      const hostile = rng.bool(0.85) ? encodeSegment(hostileString(rng, rng.pick([3, 12, 40]))) : rng.pick(['%zz', '%E0%A4%A', `${'9'.repeat(rng.int(37, 20000))}`, '%00', '%ff%fe', encodeSegment(randomUUID()), randomUUID().toUpperCase().replaceAll('-', '')]);
      const spec = BODY_SPECS[route];
      cases.push({ kind: `path ${name}`, method, path: fill(route, { [name]: hostile }), cookie: owner.cookie, body: spec ? spec.base(rng) : undefined });
    }
    // query strings: only invalid values of the parameters each route declares, and unknown keys on the strict ones
    const QUERY_BREAKERS: Record<string, (rng: Rng) => string[]> = {
      q: (rng) => rng.pick([() => [`q=${encodeURIComponent('x'.repeat(rng.int(121, 3000)))}`], () => [`q=${encodeSegment(hostileString(rng, 3))}%00`], () => ['q=a', 'q=b']])(),
      segment: (rng) => rng.pick([() => [`segment=${'s'.repeat(rng.int(61, 500))}`], () => [`segment=${encodeSegment(hostileString(rng, 6))}`], () => ['segment=a', 'segment=b'], () => [`segment=${randomUUID()}`]])(),
      round: (rng) => [`round=${rng.pick(['0', '-1', '1.5', '1e400', 'NaN', 'x', '1001', '99999999999999999999', '%00', '2', '1000', 'Infinity', '0x10'])}`],
      status: (rng) => rng.pick([() => [`status=${encodeSegment(notIn(rng, ['open', 'done', 'dropped']))}`], () => ['status=open', 'status=done']])(),
      table: (rng) => rng.pick([() => [`table=${encodeSegment(notIn(rng, ['answers', 'matrix']))}`], () => ['table=answers', 'table=matrix']])(),
      // a template's language: only one Thinline speaks (issue 20)
      locale: (rng) => rng.pick([() => [`locale=${encodeSegment(notIn(rng, [...LOCALES]))}`], () => ['locale=de', 'locale=ja']])(),
      // single sign-on's return address: only a path on this site may be one
      returnTo: (rng) => [`returnTo=${encodeSegment(rng.pick(['https://evil.example/', '//evil.example/x', 'javascript:alert(1)', '/\\evil.example', hostileString(rng, 6)]))}`],
    };
    const withQuery = routes.filter((r) => (queryParams[r] ?? []).length > 0);
    for (let i = 0; i < 1000; i++) {
      const route = rng.pick(withQuery);
      const params = queryParams[route]!;
      const parts = [...QUERY_BREAKERS[rng.pick(params)]!(rng)];
      // q is the only lenient query (unknown keys are ignored there); elsewhere an unknown key alone is refused
      if (!params.includes('q') && rng.bool(0.3)) parts.splice(0, parts.length, `${encodeSegment(hostileString(rng, 3))}x=${encodeSegment(hostileString(rng, 3))}`);
      cases.push({ kind: 'query', method: 'GET', path: `${fill(route, { format: 'csv' })}?${parts.join('&')}`, cookie: owner.cookie });
    }
    // bodies: every route that takes one
    const withBody = Object.keys(BODY_SPECS);
    expect(withBody.filter((r) => !routes.includes(r))).toEqual([]);
    for (let i = 0; i < 2000; i++) {
      const route = rng.pick(withBody);
      const { body, raw } = invalidBody(rng, BODY_SPECS[route]!);
      cases.push({ kind: 'body', method: route.split(' ')[0]!, path: fill(route), cookie: owner.cookie, body, raw });
    }
    return cases;
  }

  it('every HTTP case gets a coded 4xx refusal, the server stays up and nothing is stored', async () => {
    const before = await recordFingerprint([...RECORD_TABLES, 'auth_session']);
    const rng = new Rng(SEED);
    const cases = httpCases(rng);
    const started = Date.now();
    const failures: string[] = [];
    let ran = 0;
    const statuses = new Map<string, number>();
    let next = 0;
    const worker = async () => {
      while (next < cases.length && Date.now() - started < BUDGET_MS / 2) {
        const n = next++;
        const c = cases[n]!;
        const res = await rawRequest(api.url, c.method, c.path, { cookie: c.cookie, body: c.raw === undefined ? c.body : undefined, rawBody: c.raw, headers: c.raw !== undefined ? { 'content-type': 'application/json' } : {} });
        ran += 1;
        const code = (res.json as { code?: string } | undefined)?.code ?? '-';
        statuses.set(`${res.status} ${code}`, (statuses.get(`${res.status} ${code}`) ?? 0) + 1);
        const problem = res.status < 400 || res.status >= 500 ? `status ${res.status}` : codedErrorProblem(res.status, res.json, res.text);
        if (problem && failures.length < 20) failures.push(`seed ${SEED} case ${n} (${c.kind}) ${c.method} ${c.path.slice(0, 200)} ${JSON.stringify(c.body ?? c.raw ?? '').slice(0, 200)}: ${problem} ${res.text.slice(0, 200)}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    console.log(`fuzz HTTP: ${ran} cases in ${Date.now() - started} ms (seed ${SEED}); replies: ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => b[1] - a[1])))}`);
    expect(failures).toEqual([]);
    expect(ran).toBeGreaterThanOrEqual(1000);
    expect((await fetch(`${api.url}/api/health`)).status).toBe(200);
    expect(await recordFingerprint([...RECORD_TABLES, 'auth_session'])).toEqual(before);
  });

  it('every socket case gets a coded { ok: false } acknowledgement, connections stay, and nothing is stored', async () => {
    const joined = connect(api.url, { joinCode: session.joinCode });
    const fresh = connect(api.url, { joinCode: session.joinCode });
    const presenter = connect(api.url, { sessionId: session.id }, owner.cookie);
    const viewer = connect(api.url, { shareToken: token });
    sockets.push(joined, fresh, presenter, viewer);
    await Promise.all([joined, fresh, presenter, viewer].map((s) => connected(s)));
    const me = await request<{ ok: boolean; resumeToken: string }>(joined, 'participant:join', { roleId: session.roles[0]!.id });
    expect(me.ok).toBe(true);
    const before = await recordFingerprint([...RECORD_TABLES, 'auth_session']);

    const rng = new Rng(SEED + 1);
    const roleIds = session.roles.map((r) => r.id);
    const validAnswer = (): Body => ({ answerId: randomUUID(), concernId: rng.pick(session.concerns.slice(0, 3)).id, choice: 'owners', owners: [rng.pick(roleIds)] });
    const answerBreakers: ((a: Body) => void)[] = [
      (a) => (a.concernId = randomUUID()),
      (a) => (a.concernId = hostileString(rng)),
      (a) => (a.concernId = session.concerns[3]!.id), // locked
      (a) => (a.owners = [randomUUID()]),
      (a) => (a.owners = []),
      (a) => (a.owners = [roleIds[0], roleIds[0]]),
      (a) => (a.owners = Array.from({ length: 21 }, () => randomUUID())),
      (a) => (a.owners = wrongType(rng, 'array')),
      (a) => (a.answerId = rng.pick([() => hostileString(rng), () => randomUUID().slice(0, 35), () => wrongType(rng, 'string')])()),
      (a) => (a.choice = notIn(rng, ['owners', 'nobody', 'unknown'])),
      (a) => Object.assign(a, { choice: rng.pick(['nobody', 'unknown']) }),
      (a) => Object.assign(a, { raci: { [roleIds[0]!]: 'R' } , owners: undefined }),
      (a) => (a.raci = { [roleIds[0]!]: 'A', [roleIds[1]!]: 'A' }),
      (a) => (a.raci = { [hostileString(rng, 3)]: 'R' }),
      (a) => (a.confidence = rng.pick([0, 6, 2.5, '3', null, -1])),
      (a) => (a.comment = badText(rng, 280, false)),
      (a) => (a[`${hostileString(rng, 3)}!`] = randomJson(rng)),
      (a) => (a.participantId = randomUUID()),
      (a) => delete a[rng.pick(['answerId', 'concernId', 'choice'])],
    ];
    // Each of these refuses an answer whatever the other fields say, so one can be added to
    // any case (two arbitrary breakers could cancel out: "nobody" plus "no owners" is valid).
    const alwaysInvalid: ((a: Body) => void)[] = [
      (a) => (a.answerId = hostileString(rng)),
      (a) => (a.confidence = rng.pick([0, 6, 2.5, '3', null])),
      (a) => (a.comment = `${hostileString(rng, 3)}\u0000`),
      (a) => (a[`${hostileString(rng, 3)}!`] = randomJson(rng)),
      (a) => (a.participantId = randomUUID()),
    ];
    const joinBreakers: (() => unknown)[] = [
      () => ({ name: 'n'.repeat(rng.int(41, 2000)) }),
      () => ({ name: `${hostileString(rng, 3)}\u0000` }),
      () => ({ name: wrongType(rng, 'string') }),
      () => ({ roleId: rng.pick([() => randomUUID(), () => hostileString(rng), () => wrongType(rng, 'string')])() }),
      () => ({ resumeToken: rng.pick([() => 'short', () => 'r'.repeat(201), () => randomUUID() + randomUUID(), () => wrongType(rng, 'string')])() }),
      () => ({ resumeToken: me.resumeToken, roleId: randomUUID() }),
      () => ({ [`${hostileString(rng, 3)}!`]: randomJson(rng) }),
      () => rng.pick(['text', 42, true, [], [{}]]),
    ];

    const cases: SocketCase[] = [];
    for (let i = 0; i < 2500; i++) {
      const a = validAnswer();
      if (rng.bool(0.15)) {
        cases.push({ kind: 'answer, not an object', socket: joined, event: 'answer:submit', payload: rng.bool(0.5) ? randomJson(rng, 2) : rng.pick(['x', 1, null, [], true]) });
        continue;
      }
      rng.pick(answerBreakers)(a);
      if (rng.bool(0.2)) rng.pick(alwaysInvalid)(a);
      const socket = rng.pick([joined, joined, joined, joined, fresh, presenter, viewer]);
      cases.push({ kind: 'answer', socket, event: 'answer:submit', payload: a });
    }
    for (let i = 0; i < 1500; i++) {
      // on the joined phone anything without a (real) token is a second join; on the fresh one only invalid payloads
      const socket = rng.pick([joined, joined, fresh, presenter, viewer]);
      const payload = socket === joined && rng.bool(0.2) ? rng.pick([{}, null, { roleId: roleIds[1] }, { name: 'Again' }]) : rng.pick(joinBreakers)();
      cases.push({ kind: 'join', socket, event: 'participant:join', payload });
    }
    for (let i = 0; i < 500; i++) cases.push({ kind: 'unknown event', socket: rng.pick([joined, fresh, presenter, viewer]), event: rng.pick([hostileString(rng, 3), 'session:state', 'heatmap', 'results', 'presence', 'session:closed', 'tally', 'refresh']), payload: randomJson(rng) });

    const started = Date.now();
    const failures: string[] = [];
    const outcomes = new Map<string, number>();
    let ran = 0;
    let next = 0;
    const worker = async () => {
      while (next < cases.length && Date.now() - started < BUDGET_MS / 2) {
        const n = next++;
        const c = cases[n]!;
        ran += 1;
        if (c.kind === 'unknown event') {
          // not acknowledged (no handler): it must simply change nothing and drop nobody
          (c.socket as unknown as { emit(e: string, p: unknown): void }).emit(c.event, c.payload);
          outcomes.set('unknown event (ignored)', (outcomes.get('unknown event (ignored)') ?? 0) + 1);
          continue;
        }
        let ack: Record<string, unknown>;
        try {
          ack = await request<Record<string, unknown>>(c.socket, c.event, c.payload, { timeout: 10000 });
        } catch (err) {
          failures.push(`seed ${SEED + 1} case ${n} (${c.kind}) no acknowledgement: ${String(err)}`);
          continue;
        }
        const key = `${String(ack.ok)} ${String(ack.code)}`;
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
        const keys = Object.keys(ack).sort().join(',');
        const problem =
          ack.ok !== false ? 'accepted' : keys !== 'code,message,ok' ? `keys ${keys}` : !(String(ack.code) in KNOWN_CODES) ? `unknown code ${String(ack.code)}` : typeof ack.message !== 'string' ? 'no message' : (KNOWN_CODES[String(ack.code)] ?? 500) >= 500 ? `server error ${String(ack.code)}` : internalsIn(String(ack.message));
        if (problem && failures.length < 20) failures.push(`seed ${SEED + 1} case ${n} (${c.kind}) ${c.event} ${JSON.stringify(c.payload)?.slice(0, 300)}: ${problem} ${JSON.stringify(ack).slice(0, 200)}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    console.log(`fuzz sockets: ${ran} cases in ${Date.now() - started} ms (seed ${SEED + 1}); acknowledgements: ${JSON.stringify(Object.fromEntries([...outcomes].sort((a, b) => b[1] - a[1])))}`);
    expect(failures).toEqual([]);
    expect(ran).toBeGreaterThanOrEqual(1000);
    for (const s of [joined, fresh, presenter, viewer]) expect(s.connected).toBe(true);

    // a payload over socket.io's 1 MB frame limit closes that one connection, nothing else
    const big = connect(api.url, { joinCode: session.joinCode });
    sockets.push(big);
    await connected(big);
    const closed = new Promise<string>((resolve) => big.once('disconnect', (reason: string) => resolve(reason)));
    (big as unknown as { emit(e: string, p: unknown): void }).emit('answer:submit', { comment: 'x'.repeat(2 * 1024 * 1024) });
    expect(await closed).toMatch(/transport (close|error)/);
    expect((await request<{ ok: boolean; code?: string }>(joined, 'answer:submit', { answerId: randomUUID(), concernId: randomUUID(), choice: 'nobody' })).code).toBe('concern/not-found');

    // the handshake: random auth objects are refused with a coded connect_error
    const handshakes: string[] = [];
    for (let i = 0; i < 150; i++) {
      const auth = rng.pick([() => ({ [hostileString(rng, 2)]: randomJson(rng, 2) }), () => ({ joinCode: randomJson(rng, 1) }), () => ({ joinCode: hostileString(rng, 3) }), () => ({ sessionId: hostileString(rng) }), () => ({ shareToken: hostileString(rng, 30) }), () => ({ sessionId: session.id })])();
      const s = connect(api.url, auth as Record<string, string>);
      sockets.push(s);
      try {
        await connected(s);
        handshakes.push('connected');
        s.disconnect();
      } catch (err) {
        const data = (err as { data?: { code?: string; message?: string } }).data;
        handshakes.push(data && data.code && data.code in KNOWN_CODES && typeof data.message === 'string' && Object.keys(data).length === 2 ? data.code : `uncoded ${JSON.stringify(data)} ${String(err)}`);
      }
    }
    console.log(`fuzz handshakes: 150 cases; refusals: ${JSON.stringify(handshakes.reduce<Record<string, number>>((m, h) => ({ ...m, [h]: (m[h] ?? 0) + 1 }), {}))}`);
    // a join-code-shaped random string may only connect if it is the real code (it never is)
    expect(handshakes.filter((h) => h === 'connected' || h.startsWith('uncoded'))).toEqual([]);

    expect((await fetch(`${api.url}/api/health`)).status).toBe(200);
    expect(await recordFingerprint([...RECORD_TABLES, 'auth_session'])).toEqual(before);
  });
});

// Building blocks of the benchmark: processes (PostgreSQL, Redis, API nodes, a TCP load
// balancer), the facilitator's HTTP calls, and /proc readings.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort } from '../scripts/free-port.mjs';

export { freePort };

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const now = () => performance.timeOrigin + performance.now();

/** A private PostgreSQL (embedded, the product's own default) with a fresh database. */
export async function startDatabase() {
  const { startEmbeddedPostgres } = await import(join(root, 'apps/api/dist/database/embedded-postgres.js'));
  const { migrateDatabase } = await import(join(root, 'apps/api/dist/database/migrations.js'));
  const dataDir = mkdtempSync(join(tmpdir(), 'thinline-bench-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const options = { dataDir: join(dataDir, 'pg'), port, database: 'bench' };
  let db = await startEmbeddedPostgres(options);
  await migrateDatabase(db.url);
  return {
    url: db.url,
    stop: () => db.stop(),
    /** Stops and starts the server on the same data: a database restart. */
    restart: async () => {
      await db.stop();
      db = await startEmbeddedPostgres(options);
    },
    /** The database server away for `ms` (stopped, then started on the same data): a managed database's failover, drawn out. */
    outage: async (ms) => {
      await db.stop();
      const databaseDownAt = now();
      await sleep(ms);
      db = await startEmbeddedPostgres(options);
      return { databaseDownAt, databaseBackAt: now() };
    },
    query: async (sql, params = []) => {
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      try {
        return (await c.query(sql, params)).rows;
      } finally {
        await c.end();
      }
    },
  };
}

export async function startRedis() {
  if (spawnSync('redis-server', ['--version']).status !== 0) throw new Error('redis-server is not installed (apt-get install -y redis-server)');
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await waitFor(child, 'Ready to accept connections', 10000);
  const exited = new Promise((r) => child.once('exit', r));
  return { url: `redis://127.0.0.1:${port}`, port, child, stop: async () => (child.exitCode === null && child.kill('SIGKILL'), exited) };
}

function waitFor(child, text, ms) {
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for "${text}":\n${out}`)), ms);
    const on = (d) => {
      out += d;
      if (out.includes(text)) {
        clearTimeout(timer);
        resolve(out);
      }
    };
    child.stdout?.on('data', on);
    child.stderr?.on('data', on);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before "${text}":\n${out}`)));
  });
}

/** One API process, the built server that `npm start` runs. */
export async function startApi(env, port) {
  port ??= await freePort();
  // BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the API under load.
  const nodeArgs = process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const variables = {
    PATH: process.env.PATH,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    // One machine plays a whole room from a few addresses: lift the per-address join limit.
    RATE_LIMIT_JOIN_PER_MINUTE: '1000000',
    RATE_LIMIT_AUTH_PER_MINUTE: '1000',
    // BENCH_API_ENV='{"ANSWER_BATCH_MAX":"500"}' tries a setting on every API process of the run.
    ...JSON.parse(process.env.BENCH_API_ENV ?? '{}'),
    ...env,
  };
  // A variable given as undefined is left unset: the product's own default (the hall scenario).
  for (const [k, v] of Object.entries(variables)) if (v === undefined) delete variables[k];
  const child = spawn(process.execPath, [...nodeArgs, join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    env: variables,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr.on('data', (d) => process.stderr.write(`[api:${port}] ${d}`));
  await waitFor(child, 'Thinline is ready', 60000);
  const exited = new Promise((r) => child.once('exit', r));
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid,
    child,
    stop: async () => (child.exitCode === null && child.kill('SIGTERM'), exited),
    kill: async () => (child.exitCode === null && child.kill('SIGKILL'), exited),
  };
}

/**
 * The floor (bench/floor-server.mjs): the live protocol in memory, no database. It plays one
 * session; `session()` returns it as liveSession() returns a real one.
 */
export async function startFloor() {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'bench/floor-server.mjs'), String(port)], { cwd: root, env: { PATH: process.env.PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr.on('data', (d) => process.stderr.write(`[floor:${port}] ${d}`));
  await waitFor(child, 'Floor is ready', 30000);
  const exited = new Promise((r) => child.once('exit', r));
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    pid: child.pid,
    child,
    session: async () => ({ cookie: '', session: await (await fetch(`${url}/bench/session`)).json() }),
    stop: async () => (child.exitCode === null && child.kill('SIGTERM'), exited),
    kill: async () => (child.exitCode === null && child.kill('SIGKILL'), exited),
  };
}

/** CPU seconds (user + system) and resident memory of a process, from /proc. */
export function procStats(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return { cpuSeconds: ticks / 100, rssBytes: rssKb * 1024 };
}

/**
 * The whole machine's CPU time (all cores, in ticks): what the API, PostgreSQL and the
 * load generator used together, what sat idle, and what the hypervisor gave to other
 * guests (steal). Two readings give the shares of a phase; a run whose numbers jump
 * with a high steal share was measured on a noisy host, not on slower code.
 */
export function machineTicks() {
  const [, user, nice, system, idle, iowait, irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  return { busy: user + nice + system + irq + softirq, idle: idle + iowait, steal };
}

export function machineShares(before, after) {
  const d = (k) => after[k] - before[k];
  const total = Math.max(1, d('busy') + d('idle') + d('steal'));
  return { busyPercent: Math.round((d('busy') / total) * 1000) / 10, stealPercent: Math.round((d('steal') / total) * 1000) / 10 };
}

/** A TCP load balancer: round-robin over the backends that accept connections. */
export async function startBalancer(backendPorts) {
  const port = await freePort();
  let next = 0;
  const alive = new Set(backendPorts);
  const server = createServer((client) => {
    const tryConnect = (attempt) => {
      const candidates = [...alive];
      if (candidates.length === 0 || attempt > candidates.length) return client.destroy();
      const target = candidates[next++ % candidates.length];
      const upstream = createConnection({ host: '127.0.0.1', port: target });
      upstream.once('connect', () => {
        client.pipe(upstream).pipe(client);
      });
      upstream.once('error', () => {
        alive.delete(target);
        setTimeout(() => alive.add(target), 2000);
        if (!upstream.readyState || upstream.readyState === 'closed') tryConnect(attempt + 1);
      });
      client.on('error', () => upstream.destroy());
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    };
    tryConnect(0);
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${port}`, port, markDown: (p) => alive.delete(p), close: () => new Promise((r) => server.close(r)) };
}

export async function http(baseUrl, cookie, method, path, body) {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return { body: text ? JSON.parse(text) : null, headers: res.headers };
}

/** A facilitator, a workshop from the built-in template, and a started session. */
export async function liveSession(baseUrl, settings = {}) {
  const email = `bench-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.test`;
  const signup = await http(baseUrl, '', 'POST', '/api/auth/signup', { email, password: 'bench password 123', name: 'Bench' });
  const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0];
  const workshop = (await http(baseUrl, cookie, 'POST', '/api/workshops', { templateId: 'de-vs-mlops' })).body;
  const session = (await http(baseUrl, cookie, 'POST', `/api/workshops/${workshop.id}/sessions`, settings)).body;
  await http(baseUrl, cookie, 'POST', `/api/sessions/${session.id}/actions`, { action: 'start' });
  return { cookie, session };
}

/**
 * What the API processes' /metrics say, summed over the processes (one fetch each): the
 * answer-batch counter, and the acknowledgement and write-statement histograms as
 * cumulative bucket counts { le: count }.
 */
export async function scrapeAnswerMetrics(baseUrls) {
  const sum = { batches: 0, ack: {}, write: {} };
  const histograms = { thinline_answer_ack_seconds_bucket: sum.ack, thinline_answer_write_seconds_bucket: sum.write };
  for (const url of baseUrls) {
    const text = await fetch(`${url}/metrics`).then((r) => r.text()).catch(() => '');
    for (const line of text.split('\n')) {
      if (line.startsWith('thinline_answer_batches_total ')) sum.batches += Number(line.split(' ').at(-1));
      const buckets = histograms[line.slice(0, line.indexOf('{'))];
      const m = buckets && /le="([^"]+)"[^ ]* (\S+)$/.exec(line);
      if (m) buckets[m[1]] = (buckets[m[1]] ?? 0) + Number(m[2]);
    }
  }
  return sum;
}

/** The bucket bound (ms) under which p% of the observations between two scrapes fell: an upper bound of the percentile. */
export function histogramPercentileMs(before, after, p) {
  const bounds = Object.keys(after).filter((le) => le !== '+Inf').map(Number).sort((a, b) => a - b);
  const total = (after['+Inf'] ?? 0) - (before['+Inf'] ?? 0);
  if (total <= 0) return null;
  for (const le of bounds) if ((after[String(le)] ?? 0) - (before[String(le)] ?? 0) >= (p / 100) * total) return le * 1000;
  return Infinity;
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Counts per whole second from `from` over `seconds` seconds. */
function perSecond(times, from, seconds) {
  const buckets = new Array(Math.max(0, seconds)).fill(0);
  for (const t of times) {
    const k = Math.floor((t - from) / 1000);
    if (k >= 0 && k < buckets.length) buckets[k] += 1;
  }
  return buckets;
}

/**
 * What a database outage did to the room: acknowledgements per second before, during and
 * after it, the submissions (first tries and retries) the phones sent, and how long the
 * answers given while it was away waited to be saved. acks: [answerId, sentAt, ackedAt,
 * givenAt]; sends: when each submission left a phone.
 */
export function outageStats(acks, sends, { databaseDownAt: down, databaseBackAt: back }) {
  const ackTimes = acks.map((a) => a[2]);
  const seconds = Math.ceil((Math.max(back, ...ackTimes) - back) / 1000) + 1;
  const acksAfter = perSecond(ackTimes, back, seconds);
  const sendsAfter = perSecond(sends, back, seconds);
  const outageSeconds = Math.max(1, Math.floor((back - down) / 1000));
  const waited = acks.filter((a) => a[3] < back && a[2] >= back).map((a) => a[2] - back).sort((x, y) => x - y);
  const round = (x) => (x === null ? null : Math.round(x));
  return {
    databaseDownSeconds: Math.round((back - down) / 100) / 10,
    answersPerSecondBeforeOutage: Math.round(perSecond(ackTimes, down - 5000, 5).reduce((s, n) => s + n, 0) / 5),
    answersAcknowledgedWhileDown: ackTimes.filter((t) => t >= down && t < back).length,
    submissionsPerSecondWhileDown: Math.round(perSecond(sends, down, outageSeconds).reduce((s, n) => s + n, 0) / outageSeconds),
    // given before the database was back, saved after it: what the phones held through the outage
    answersHeldByPhones: waited.length,
    heldAnswersSavedAfterRecoveryMs: { p50: round(percentile(waited, 50)), p99: round(percentile(waited, 99)), max: round(waited.at(-1) ?? null) },
    peakAnswersPerSecondAfterRecovery: Math.max(0, ...acksAfter),
    peakSubmissionsPerSecondAfterRecovery: Math.max(0, ...sendsAfter),
    answersPerSecondAfterRecovery: acksAfter.slice(0, 45),
    submissionsPerSecondAfterRecovery: sendsAfter.slice(0, 45),
  };
}

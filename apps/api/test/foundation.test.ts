import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi, type ApiProcess } from './support/api-process.js';
import { TcpProxy } from './support/tcp-proxy.js';

const root = join(import.meta.dirname, '../../..');
const databaseUrl = () => process.env.THINLINE_TEST_DATABASE_URL ?? '';

describe('migrations', () => {
  // The schema engine runs in its own process, as `npm run db:*` runs it.
  const check = (...args: string[]) =>
    spawnSync(process.execPath, [join(root, 'prisma/migrate.mjs'), 'check', ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl() },
      encoding: 'utf8',
      timeout: 60000,
    });

  it('schema.prisma and prisma/migrations agree (no drift)', () => {
    const r = check();
    expect(r.stdout + r.stderr).toContain('schema.prisma and prisma/migrations agree.');
    expect(r.status).toBe(0);
  });

  it('a schema change without a migration is reported as drift', async () => {
    const schema = await readFile(join(root, 'prisma/schema.prisma'), 'utf8');
    const changed = join(tmpdir(), `drift-${process.pid}.prisma`);
    await writeFile(changed, `${schema}\nmodel DriftProbe {\n  id Int @id\n  @@map("drift_probe")\n}\n`);
    const r = check('--schema', changed);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('CREATE TABLE "drift_probe"');
  });
});

describe('the API process', () => {
  let api: ApiProcess;
  let proxy: TcpProxy;

  beforeAll(async () => {
    proxy = TcpProxy.forUrl(databaseUrl());
    await proxy.start();
    api = await startApi({ DATABASE_URL: proxy.urlFor(databaseUrl()) });
  });
  afterAll(async () => {
    await api?.stop();
    await proxy?.cut();
  });

  it('reports healthy with the database up, 503 when it goes away, and recovers', async () => {
    const up = await fetch(`${api.url}/api/health`);
    expect(up.status).toBe(200);
    expect(await up.json()).toMatchObject({ status: 'ok', database: 'up' });

    await proxy.cut();
    const down = await fetch(`${api.url}/api/health`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ database: 'down' });

    await proxy.restore();
    const again = await fetch(`${api.url}/api/health`);
    expect(again.status).toBe(200);
  });

  it('serves the web app at / and client routes, and Prometheus metrics', async () => {
    const home = await fetch(`${api.url}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<div id="root">');
    const deepLink = await fetch(`${api.url}/j/ABCDEF`);
    expect(await deepLink.text()).toContain('<div id="root">');

    const metrics = await (await fetch(`${api.url}/metrics`)).text();
    expect(metrics).toMatch(/thinline_http_requests_total\{method="GET",route="\/api\/health",status="200"\} \d+/);
    expect(metrics).toContain('thinline_socket_connections');
  });

  it('answers an unknown API path and malformed JSON with a coded error', async () => {
    const missing = await fetch(`${api.url}/api/nothing-here`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ code: 'http/not-found', message: expect.any(String) });

    const bad = await fetch(`${api.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'request/invalid-json' });
  });
});

describe('starting with a problem', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [join(root, 'apps/api/dist/main.js')], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
      encoding: 'utf8',
      timeout: 30000,
    });

  it('names a malformed DATABASE_URL in one line and exits non-zero', () => {
    const r = run({ DATABASE_URL: 'mysql://nope', PORT: '0' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('Thinline could not start: Configuration error: DATABASE_URL: DATABASE_URL must be a postgres:// URL');
  });

  it('says the database is not usable when DATABASE_URL points nowhere', () => {
    const r = run({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/none', PORT: '0' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the database at DATABASE_URL is not usable');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('says which port is in use', async () => {
    const api = await startApi();
    try {
      const r = run({ DATABASE_URL: databaseUrl(), PORT: String(api.port), HOST: '127.0.0.1' });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`port ${api.port} is in use`);
    } finally {
      await api.stop();
    }
  });
});

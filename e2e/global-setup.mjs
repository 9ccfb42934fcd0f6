// End-to-end tests run against the production build through the code path `npm start`
// runs (apps/api/dist/main.js), with a fresh embedded PostgreSQL in a temporary folder.
import { spawn } from 'node:child_process';
import { chmodSync, createWriteStream, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../scripts/free-port.mjs';

export default async function globalSetup() {
  const dataDir = mkdtempSync(join(tmpdir(), 'thinline-e2e-'));
  // As root the embedded server runs as the postgres user, which must reach the folder.
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const pgPort = await freePort();
  const child = spawn(process.execPath, [join(process.cwd(), 'apps/api/dist/main.js')], {
    cwd: process.cwd(),
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(pgPort),
      LOG_LEVEL: 'warn',
      // One machine plays a whole room: lift the per-address limits a real room spreads out.
      RATE_LIMIT_AUTH_PER_MINUTE: '1000',
      RATE_LIMIT_JOIN_PER_MINUTE: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // the server's own log, to read when a browser test fails for a reason the page cannot show
  const logDir = join(process.cwd(), 'test-results', 'e2e');
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(join(logDir, 'server.log'));
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  child.once('exit', (code, signal) => log.write(`\n[e2e] the server exited with ${code ?? signal}\n`));
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Thinline did not start for the e2e tests:\n${out}`)), 60000);
    child.stdout.on('data', () => out.includes('Thinline is ready') && (clearTimeout(timer), resolve()));
    child.once('exit', (code) => reject(new Error(`Thinline exited with ${code}:\n${out}`)));
  });
  globalThis.__THINLINE_E2E__ = child;
  process.env.THINLINE_E2E_URL = `http://127.0.0.1:${port}`;
  // The same database, for tests that run an API process of their own (one they cut off
  // from the database or kill) and read what PostgreSQL holds.
  process.env.THINLINE_E2E_DATABASE_URL = `postgresql://postgres:thinline-embedded@127.0.0.1:${pgPort}/thinline`;
}

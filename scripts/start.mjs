// npm start: build what changed, then run the API, which serves the web app and starts an
// embedded PostgreSQL in .data/postgres unless DATABASE_URL is set.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildIfStale, root } from './build-if-stale.mjs';

buildIfStale();
const api = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: { NODE_ENV: 'production', ...process.env },
});
// Ctrl-C reaches both processes from the terminal; forward other stops explicitly.
for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => api.kill(signal));
process.on('SIGINT', () => {});
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

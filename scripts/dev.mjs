// npm run dev: the API rebuilt and restarted on change (tsc --watch + node --watch) and
// Vite's dev server with hot reload on http://localhost:5173 (proxying /api to :3000).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildIfStale, root } from './build-if-stale.mjs';

buildIfStale();
const run = (cmd, args, extraEnv = {}) =>
  spawn(cmd, args, { cwd: root, stdio: 'inherit', env: { NODE_ENV: 'development', ...process.env, ...extraEnv } });
const children = [
  run('npx', ['tsc', '-p', 'packages/shared/tsconfig.build.json', '--watch', '--preserveWatchOutput']),
  run('npx', ['tsc', '-p', 'apps/api/tsconfig.build.json', '--watch', '--preserveWatchOutput']),
  run(process.execPath, ['--watch-path', join(root, 'apps/api/dist'), join(root, 'apps/api/dist/main.js')]),
  run('npx', ['vite', '--config', 'apps/web/vite.config.ts', 'apps/web']),
];
const stop = () => {
  for (const child of children) child.kill('SIGINT');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

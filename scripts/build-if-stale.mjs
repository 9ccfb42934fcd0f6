// Builds the workspaces whose sources are newer than their build output, in dependency
// order, so `npm start` and `npm test` on a fresh clone build everything once and then
// start at once.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const workspaces = [
  { name: 'packages/shared', sources: ['src'], output: 'dist/index.js' },
  { name: 'packages/heatmap', sources: ['src'], output: 'dist/index.js', after: ['packages/shared'] },
  { name: 'apps/api', sources: ['src', '../../prisma/schema.prisma'], output: 'dist/main.js', after: ['packages/shared', 'packages/heatmap'] },
  { name: 'apps/web', sources: ['src', 'index.html', 'phone.html', 'vite.config.ts', 'public'], output: 'dist/index.html', after: ['packages/shared', 'packages/heatmap'] },
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, entry) => Math.max(max, newest(join(path, entry))), stat.mtimeMs);
}

export function buildIfStale({ quiet = false } = {}) {
  const rebuilt = new Set();
  for (const ws of workspaces) {
    const dir = join(root, ws.name);
    const output = join(dir, ws.output);
    const built = existsSync(output) ? statSync(output).mtimeMs : 0;
    const stale = ws.sources.some((s) => newest(join(dir, s)) > built) || (ws.after ?? []).some((d) => rebuilt.has(d));
    if (!stale) continue;
    if (!quiet) console.log(`Building ${ws.name}...`);
    const result = spawnSync('npm', ['run', 'build', '-w', ws.name], { cwd: root, stdio: quiet ? 'pipe' : 'inherit' });
    if (result.status !== 0) {
      if (quiet) process.stderr.write(result.stdout?.toString() ?? '');
      console.error(`\nThe build of ${ws.name} failed; see above.`);
      process.exit(result.status ?? 1);
    }
    rebuilt.add(ws.name);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildIfStale();

// Adds to package-lock.json the platform-specific optional packages of @swc/core and
// unrs-resolver that this machine's registry does not serve (it answers 404 for the
// darwin/win32/... builds), so `npm ci` finds every optional dependency in the lock.
// Each entry carries its os/cpu, so npm skips it on every other platform, as it would
// with a lock generated against the full registry. Run after changing dependencies:
//   npm install && node scripts/lockfile-platforms.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './build-if-stale.mjs';

const lockPath = join(root, 'package-lock.json');
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

const OS = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openharmony'];
const CPU = { arm64: 'arm64', x64: 'x64', ia32: 'ia32', arm: 'arm', ppc64: 'ppc64', s390x: 's390x', loong64: 'loong64', riscv64: 'riscv64' };

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = OS.find((o) => parts.includes(o));
  const cpuPart = parts.find((p) => p in CPU || p.startsWith('arm'));
  const cpu = cpuPart ? (CPU[cpuPart] ?? 'arm') : undefined;
  const libc = parts.some((p) => p.startsWith('musl')) ? 'musl' : os === 'linux' && parts.some((p) => p.startsWith('gnu')) ? 'glibc' : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  if (!/node_modules\/(@swc\/core|unrs-resolver)$/.test(path)) continue;
  const dev = meta.dev === true;
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (packages[key]) continue;
    const { os, cpu, libc } = platformOf(dep);
    packages[key] = {
      version,
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(dev ? { dev: true } : {}),
      ...(libc ? { libc: [libc] } : {}),
      license: meta.license,
      optional: true,
      ...(os ? { os: [os] } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform entries added`);

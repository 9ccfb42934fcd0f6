// node bench/profile-summary.mjs <file.cpuprofile> [marker]
// Where an API process's CPU went while the room answered (issue 23): a profile written by
// BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" covers the whole process, so only
// the samples from the first to the last one whose stack holds one of `markers` (default:
// an answer's submission or the writer's batch, comma-separated) are counted; idle is what the event loop waited meanwhile.
// Prints the share of that window per package or file, and the heaviest functions.
import { readFileSync } from 'node:fs';

// a marker is a function name, optionally @ a part of its file's path (pg has a `submit` too)
const [file, markerList = 'submit@answer.service,writeBatch@answer.repository'] = process.argv.slice(2);
const markers = markerList.split(',').map((m) => m.split('@'));
const isMarker = (cf) => markers.some(([name, path]) => cf.functionName === name && (!path || cf.url.includes(path)));
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const stackHas = (id) => {
  for (let at = id; at !== undefined; at = parent.get(at)) if (isMarker(byId.get(at).callFrame)) return true;
  return false;
};
let t = profile.startTime;
const times = profile.timeDeltas.map((d) => (t += d));
let first = -1;
let last = -1;
profile.samples.forEach((id, i) => {
  if (stackHas(id)) {
    if (first < 0) first = i;
    last = i;
  }
});
if (first < 0) throw new Error(`no sample has ${markerList} on its stack`);
const where = (cf) => {
  const url = cf.url || '';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.includes('/apps/api/')) return `api:${url.split('/apps/api/dist/')[1] ?? url}`;
  if (url.includes('/packages/')) return `shared:${url.split('/packages/')[1]}`;
  if (url.startsWith('node:')) return url;
  return cf.functionName ? `(${cf.functionName})` : '(native)';
};
const self = new Map();
const fns = new Map();
let total = 0;
for (let i = first; i <= last; i++) {
  const dt = (times[i + 1] ?? times[i]) - times[i];
  const cf = byId.get(profile.samples[i]).callFrame;
  total += dt;
  const k = where(cf);
  self.set(k, (self.get(k) ?? 0) + dt);
  const f = `${cf.functionName || '(anonymous)'} ${where(cf)} ${cf.url.split('/').slice(-2).join('/')}:${cf.lineNumber + 1}`;
  fns.set(f, (fns.get(f) ?? 0) + dt);
}
const pct = (x) => `${((x / total) * 100).toFixed(1)} %`;
console.log(`window: ${((times[last] - times[first]) / 1000).toFixed(0)} ms (${last - first + 1} samples)`);
console.log('\nby package or file (self time):');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${pct(v).padStart(7)}  ${k}`);
console.log('\nheaviest functions (self time):');
for (const [k, v] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${pct(v).padStart(7)}  ${k}`);

// npm run bench [-- --quick] [-- --only=phone,race,adapter,single,hall,multi,naive,faults,outage] [-- --label=NAME]
// [-- --repeat=N --race-sizes=1000,5000] (the race: N interleaved floor/API runs per size, and their medians)
// Starts its own PostgreSQL, Redis and API processes, plays the room with real socket.io
// clients from several load processes, and writes bench/results/<date>.json and the
// table in bench/README.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildIfStale } from '../scripts/build-if-stale.mjs';
import { liveSession, root, sleep, startApi, startBalancer, startDatabase, startFloor, startRedis } from './lib.mjs';
import { runAdapterScenario } from './adapter.mjs';
import { runPhonePage } from './phone.mjs';
import { runScenario } from './scenario.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const repeat = Math.max(1, Number(args.find((a) => a.startsWith('--repeat='))?.slice(9) ?? 1));
// --label=NAME: a run of its own, written beside the others (bench/results/<date>-<only>-NAME.json)
const label = args.find((a) => a.startsWith('--label='))?.slice(8).replace(/[^\w.-]/g, '-');
const want = (name) => !only || only.includes(name);
const scale = (n) => (quick ? Math.max(50, Math.round(n / 20)) : n);

buildIfStale({ quiet: true });
// The machine may be shared: what else was running is part of the result.
const loadBefore = loadavg();
const db = await startDatabase();
const results = [];
const log = (r) => {
  results.push(r);
  console.log(JSON.stringify(r));
};

async function withNodes(count, env, fn) {
  const redis = count > 1 || env.withRedis ? await startRedis() : null;
  const { withRedis: _ignored, ...apiEnv } = env;
  const nodes = [];
  for (let i = 0; i < count; i++) nodes.push(await startApi({ DATABASE_URL: db.url, NODE_NAME: `api-${i + 1}`, ...(redis ? { REDIS_URL: redis.url } : {}), ...apiEnv }));
  try {
    return await fn(nodes, redis);
  } finally {
    await Promise.all(nodes.map((n) => n.stop()));
    await redis?.stop();
  }
}

try {
  if (want('phone')) {
    // The phone's first load of the QR code's address on a crowded venue's Wi-Fi.
    await withNodes(1, {}, async ([node]) => {
      const { session } = await liveSession(node.url);
      log(await runPhonePage({ baseUrl: node.url, joinCode: session.joinCode, runs: quick ? 1 : 5 }));
    });
  }
  if (want('race')) {
    // Everyone answers one question at the same moment; how long until the presenter shows
    // all of them, on the API and on the floor (an in-memory server of the same protocol),
    // one after the other in this run on this machine.
    // --repeat=N: floor and API N times each, taking turns, and the median of each (a shared
    // machine moves one reading a lot; --race-sizes=1000 for one size only)
    const race = { participants: 0, answers: 1, thinkMs: [0, 0], workers: 4 };
    const sizes = args.find((a) => a.startsWith('--race-sizes='))?.slice(13).split(',').map(Number) ?? [1000, 5000];
    for (const n of sizes.map(scale)) {
      const room = { ...race, participants: n, joinSpreadMs: quick ? 2000 : Math.max(3000, n * 2) };
      const pairs = [];
      for (let i = 0; i < repeat; i++) {
        const floor = await startFloor();
        let floorRun;
        try {
          floorRun = await runScenario({ ...room, name: `race ${n}: floor (in memory)`, nodes: [floor], db: null, openSession: floor.session });
        } finally {
          await floor.stop();
        }
        log(floorRun);
        const apiRun = await withNodes(1, {}, (nodes) => runScenario({ ...room, name: `race ${n}: API`, nodes, db }));
        apiRun.presenterAllVsFloor = floorRun.presenterAllMs ? Math.round((apiRun.presenterAllMs / floorRun.presenterAllMs) * 100) / 100 : null;
        log(apiRun);
        // a pair counts only when the whole room joined both servers (a machine too busy
        // for its load generator times joins out, and a smaller room answers sooner)
        const complete = floorRun.participants === n && apiRun.participants === n && apiRun.presenterAllMs !== null && floorRun.presenterAllMs !== null;
        pairs.push({ floorMs: floorRun.presenterAllMs, apiMs: apiRun.presenterAllMs, ratio: apiRun.presenterAllVsFloor, complete });
      }
      if (repeat > 1) {
        const counted = pairs.filter((p) => p.complete);
        const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : null);
        log({
          scenario: `race ${n}: median of ${counted.length} complete of ${repeat}`,
          floorPresenterAllMs: median(counted.map((p) => p.floorMs)),
          apiPresenterAllMs: median(counted.map((p) => p.apiMs)),
          presenterAllVsFloorMedian: median(counted.map((p) => p.ratio)),
          runs: pairs,
        });
      }
    }
  }
  if (want('adapter')) {
    // Rooms shared through Redis by four processes: the Redis Streams adapter against
    // socket.io's sharded adapter, as the number of rooms grows (docs/scaling.md).
    log(await runAdapterScenario(quick ? { roomCounts: [20, 200], seconds: 3 } : {}));
  }
  if (want('single')) {
    await withNodes(1, {}, async (nodes) =>
      log(await runScenario({ name: 'one process', nodes, db, participants: scale(5000), answers: 20, thinkMs: [1000, 3000], joinSpreadMs: quick ? 2000 : 15000 })),
    );
  }
  if (want('hall')) {
    // A conference hall behind one NAT: every phone from one address, the product's
    // default limits (none lifted), a few seconds of QR scanning, then one answer each.
    await withNodes(1, { RATE_LIMIT_JOIN_PER_MINUTE: undefined, RATE_LIMIT_AUTH_PER_MINUTE: undefined }, async (nodes) =>
      log(await runScenario({ name: 'hall: one address, default limits', nodes, db, participants: scale(5000), answers: 1, thinkMs: [0, 1000], joinSpreadMs: quick ? 2000 : 15000, localAddresses: ['127.0.0.2'] })),
    );
  }
  if (want('multi')) {
    await withNodes(2, {}, async (nodes) =>
      log(await runScenario({ name: 'two processes + Redis', nodes, db, participants: scale(10000), answers: 20, thinkMs: [2000, 6000], joinSpreadMs: quick ? 2000 : 30000, workers: 6 })),
    );
  }
  if (want('naive')) {
    const n = scale(1000);
    const batched = await withNodes(1, {}, (nodes) => runScenario({ name: 'batched (same load as naive)', nodes, db, participants: n, answers: 20, thinkMs: [500, 1500], joinSpreadMs: 3000 }));
    log(batched);
    const naive = await withNodes(1, { ANSWER_NAIVE: 'true' }, (nodes) => runScenario({ name: 'naive: one write and one broadcast per answer', nodes, db, participants: n, answers: 20, thinkMs: [500, 1500], joinSpreadMs: 3000 }));
    naive.cpuRatioNaiveToBatched = Math.round((naive.serverCpuSecondsPer1000Answers / batched.serverCpuSecondsPer1000Answers) * 100) / 100;
    log(naive);
  }
  if (want('faults')) {
    // The fault scenarios: a room answering while something goes away a few seconds in.
    const faultRoom = { db, participants: scale(300), answers: 10, thinkMs: [300, 1200], joinSpreadMs: 2000 };
    // Kill one of two processes mid-session: its clients reconnect through the balancer.
    await withNodes(2, {}, async (nodes) => {
      const lb = await startBalancer(nodes.map((n) => n.port));
      const victim = nodes[1];
      const r = await runScenario({
        ...faultRoom,
        name: 'fault: one of two processes killed',
        nodes,
        participants: scale(600),
        clientUrls: [lb.url],
        duringAnswers: async () => {
          await sleep(3000);
          const killedAt = Date.now();
          await victim.kill();
          lb.markDown(victim.port);
          // Everyone connected again once the survivor has every participant's socket.
          const deadline = killedAt + 30000;
          let back = null;
          while (Date.now() < deadline) {
            const sockets = await (await fetch(`${nodes[0].url}/metrics`)).text();
            const line = sockets.split('\n').find((l) => l.startsWith('thinline_socket_connections{kind="participant"}'));
            if (line && Number(line.split(' ').at(-1)) >= r_participants()) {
              back = Date.now() - killedAt;
              break;
            }
            await sleep(100);
          }
          return { killed: 'api-2', allClientsBackMs: back };
        },
      });
      log(r);
      await lb.close();
    });
    /** A fault scenario on `count` processes: `fault` strikes two seconds into the answering and says what it saw. */
    const faultOn = (count, name, fault) =>
      withNodes(count, {}, async (nodes, redis) => {
        const strike = async () => {
          await sleep(2000);
          return fault(nodes, redis);
        };
        log(await runScenario({ ...faultRoom, name, nodes, duringAnswers: strike }));
      });
    // Restart PostgreSQL mid-session: submissions wait and succeed, nothing acknowledged is lost.
    await faultOn(1, 'fault: PostgreSQL restarted', async () => {
      const t = Date.now();
      await db.restart();
      return { postgresDownMs: Date.now() - t };
    });
    // Redis down: each process keeps serving its own clients and says so in health.
    await faultOn(2, 'fault: Redis down', async (nodes, redis) => {
      await redis.stop();
      await sleep(1000);
      const health = await Promise.all(nodes.map(async (n) => (await fetch(`${n.url}/api/health`)).json()));
      return { healthAfterRedisStopped: health.map((h) => `${h.node}: ${h.status}, redis ${h.redis}`) };
    });
  }
  if (want('outage')) {
    // The database away for 30 s while 1,000 phones answer (issue 14): nothing may be
    // lost, and the phones' retries after it must come back spread over time.
    await withNodes(1, {}, async (nodes) =>
      log(
        await runScenario({
          name: 'fault: database away for 30 s',
          nodes,
          db,
          participants: scale(1000),
          answers: 10,
          thinkMs: [2000, 6000],
          joinSpreadMs: quick ? 2000 : 10000,
          duringAnswers: async () => {
            await sleep(5000);
            return db.outage(quick ? 10_000 : 30_000);
          },
        }),
      ),
    );
  }
} finally {
  await db.stop();
}

function r_participants() {
  return scale(600) * 0.99;
}

const date = new Date().toISOString().slice(0, 10);
const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverageBefore: loadBefore, loadAverageAfter: loadavg() };
mkdirSync(join(root, 'bench/results'), { recursive: true });
// A partial run (--only) gets its own file and leaves the README's table of the full run alone.
const file = join(root, 'bench/results', `${date}${quick ? '-quick' : ''}${only ? `-${only.join('+')}` : ''}${label ? `-${label}` : ''}.json`);
writeFileSync(file, `${JSON.stringify({ date, quick, machine, results }, null, 2)}\n`);
console.log(`\nResults written to ${file}`);

if (!quick && !only) {
  const cols = [
    ['scenario', 'scenario'], ['participants', 'participants'], ['answersAcknowledged', 'answers'], ['answersPerSecond', 'answers/s'],
    ['joinP99Ms', 'join p99 ms'], ['ackP50Ms', 'ack p50'], ['ackP95Ms', 'ack p95'], ['ackP99Ms', 'ack p99 ms'],
    ['presenterP50Ms', 'presenter p50'], ['presenterP99Ms', 'presenter p99 ms'], ['lostInPostgres', 'lost (PG)'], ['lostInFinalHeatmap', 'lost (heatmap)'],
    ['serverCpuSecondsPer1000Answers', 'CPU s / 1000 answers'], ['writeStatementsPerAnswer', 'write stmts / answer'], ['dbTransactionsPerAnswer', 'DB xacts / answer'], ['apiRssKbPerParticipant', 'RSS KB / participant'],
  ];
  const table = [
    `| ${cols.map(([, h]) => h).join(' | ')} |`,
    `|${cols.map(() => '---').join('|')}|`,
    // a room of phones per row; the phone page and the adapter scenario say theirs below
    ...results.filter((r) => r.participants !== undefined).map((r) => `| ${cols.map(([k]) => r[k] ?? '–').join(' | ')} |`),
  ].join('\n');
  const notes = results
    .filter((r) => r.fault || r.cpuRatioNaiveToBatched || r.presenterAllVsFloor || r.lighthouse || r.points)
    .map((r) => {
      if (r.lighthouse) return `- **${r.scenario}**: ${r.scriptTransferredKB} KB of script transferred, join screen after ${r.joinScreenMedianMs} ms (median of ${r.coldLoads} cold loads at 1.6 Mbit/s, 150 ms RTT), Lighthouse mobile performance ${r.lighthouse.score ?? `not measured: ${r.lighthouse.error}`}.`;
      if (r.points) return `- **${r.scenario}**: ${r.points.map((p) => `${p.rooms} rooms ${p.adapter} ${p.processesCpuPercent} %`).join(', ')} (CPU of the four processes, % of one core).`;
      if (r.presenterAllVsFloor) return `- **${r.scenario}**: all ${r.answersAcknowledged} answers on the presenter after ${r.presenterAllMs} ms, **${r.presenterAllVsFloor}×** the floor's time in the same run.`;
      const { answersPerSecondAfterRecovery: _a, submissionsPerSecondAfterRecovery: _s, ...outage } = r.outage ?? {};
      const fault = r.outage ? JSON.stringify(outage) : r.fault ? JSON.stringify(r.fault) : '';
      return `- **${r.scenario}**: ${r.cpuRatioNaiveToBatched ? `CPU per 1,000 answers, naive / batched = **${r.cpuRatioNaiveToBatched}×**. ` : ''}${fault}`;
    })
    .join('\n');
  const readme = join(root, 'bench/README.md');
  const text = existsSync(readme) ? readFileSync(readme, 'utf8') : '';
  const block = `<!-- results:start -->\nMeasured ${date} on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node} (load generator on the same machine). Raw numbers: \`bench/results/${date}.json\`.\n\n${table}\n\n${notes}\n<!-- results:end -->`;
  writeFileSync(readme, text.includes('<!-- results:start -->') ? text.replace(/<!-- results:start -->[\s\S]*<!-- results:end -->/, block) : `${text}\n${block}\n`);
  console.log('bench/README.md updated');
}

// One measured scenario: N participants join one session and each answers K concerns,
// while a presenter watches the heatmap. Returns every number bench/README.md reports.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { histogramPercentileMs, liveSession, machineShares, machineTicks, now, outageStats, percentile, procStats, root, scrapeAnswerMetrics, sleep } from './lib.mjs';

const alive = (n) => n.child.exitCode === null && n.child.signalCode === null;

export async function runScenario({ name, nodes, db, openSession = liveSession, participants, answers, thinkMs = [1000, 3000], joinSpreadMs = 10000, workers = 4, clientUrls, duringAnswers, localAddresses = Array.from({ length: 8 }, (_, i) => `127.0.0.${i + 2}`) }) {
  const primary = nodes[0];
  const { cookie, session } = await openSession(primary.url);
  const roles = session.roles.map((r) => r.id);
  const concerns = session.concerns.map((c) => c.id);
  const urls = clientUrls ?? nodes.map((n) => n.url);

  // The presenter: every heatmap with the time it arrived and the answers it counts.
  const presenter = io(`${primary.url}/live`, { auth: { sessionId: session.id }, transports: ['websocket'], extraHeaders: { cookie } });
  const seen = [];
  presenter.on('heatmap', (h) => seen.push([now(), h.concerns.reduce((s, c) => s + c.answered + c.unknown, 0)]));
  await new Promise((resolve, reject) => (presenter.once('connect', resolve), presenter.once('connect_error', reject)));

  // (the floor has no database: db is null there)
  const xacts = async () => (db ? Number((await db.query('SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()'))[0].n) : 0);
  const baseline = nodes.map((n) => procStats(n.pid));
  const xactsBeforeJoin = await xacts();
  const per = Math.ceil(participants / workers);
  const children = Array.from({ length: workers }, () => fork(join(root, 'bench/load-worker.mjs'), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  const machineBeforeJoin = machineTicks();
  const joinStarted = now();
  const joined = await Promise.all(
    children.map(
      (child, w) =>
        new Promise((resolve) => {
          child.once('message', resolve);
          child.send({ type: 'run', urls, joinCode: session.joinCode, roles, concerns, from: w * per, to: Math.min(participants, (w + 1) * per), answers, thinkMs, localAddresses, joinSpreadMs });
        }),
    ),
  );
  const joinWallMs = now() - joinStarted;
  const machineJoining = machineShares(machineBeforeJoin, machineTicks());
  const joinTimes = joined.flatMap((j) => j.joinTimes).sort((a, b) => a - b);
  const connectTimes = joined.flatMap((j) => j.connectTimes).sort((a, b) => a - b);
  if (process.env.BENCH_DEBUG) console.log('connect ms by percentile', [0, 1, 5, 10, 25, 50, 75, 90, 99, 100].map((p) => [p, Math.round(percentile(connectTimes, p))]));
  await sleep(1500);
  const xactsPerJoin = (await xacts()) - xactsBeforeJoin;
  const afterJoin = nodes.map((n) => procStats(n.pid));
  const rssPerParticipant = afterJoin.reduce((s, a, i) => s + a.rssBytes - baseline[i].rssBytes, 0) / Math.max(1, joinTimes.length);

  const dbBefore = await xacts();
  const cpuBefore = nodes.map((n) => procStats(n.pid).cpuSeconds);
  // Batches, and the server's own side of the acknowledgement (window, queue, write)
  // apart from the load generator's event loop that shares these two cores.
  const serverMetrics = () => scrapeAnswerMetrics(nodes.filter(alive).map((n) => n.url));
  const metricsBefore = await serverMetrics();
  const machineBefore = machineTicks();
  const answerStarted = now();
  const shownBefore = seen.at(-1)?.[1] ?? 0;
  const done = Promise.all(children.map((child) => new Promise((resolve) => (child.once('message', resolve), child.send({ type: 'answer' })))));
  const fault = duringAnswers ? duringAnswers() : null;
  const results = await done;
  const faultReport = fault ? await fault : null;
  const answerWallMs = now() - answerStarted;
  const machine = machineShares(machineBefore, machineTicks());
  await sleep(2500); // let the room go quiet: last coalesced heatmap and reconciliation
  const cpuAfter = nodes.map((n) => (alive(n) ? procStats(n.pid).cpuSeconds : null));
  const metricsAfter = await serverMetrics();
  const dbAfter = await xacts();

  const acks = results.flatMap((r) => r.acks);
  const sends = results.flatMap((r) => r.sends);
  const errors = results.reduce((all, r) => {
    for (const [k, v] of Object.entries(r.errors)) all[k] = (all[k] ?? 0) + v;
    return all;
  }, {});
  const ackLatency = acks.map(([, sent, acked]) => acked - sent).sort((a, b) => a - b);
  if (process.env.BENCH_DEBUG) {
    const windows = {};
    for (const [, sent, acked] of acks) (windows[Math.floor((sent - answerStarted) / 5000) * 5] ??= []).push(acked - sent);
    console.log('ack p50/p99 ms by 5 s window of sending:', Object.entries(windows).map(([w, v]) => (v.sort((a, b) => a - b), `${w}s:${v.length}:${Math.round(percentile(v, 50))}/${Math.round(percentile(v, 99))}`)).join(' '));
  }

  // Lost answers: acknowledged but missing from PostgreSQL, or from the final heatmap.
  const ids = acks.map(([id]) => id);
  const stored = db ? Number((await db.query('SELECT count(*)::int AS n FROM answer_receipt WHERE answer_id = ANY($1::uuid[])', [ids]))[0].n) : null;
  const rows = db ? Number((await db.query('SELECT count(*)::int AS n FROM answer WHERE session_id = $1', [session.id]))[0].n) : null;
  const finalCount = seen.at(-1)?.[1] ?? 0;
  // Each participant answers distinct concerns, so the heatmap's count grows by one per
  // committed answer: the answer acknowledged k-th is shown once a heatmap counts ≥ k.
  const byAck = [...acks].sort((a, b) => a[2] - b[2]);
  const presenterLatency = [];
  let s = 0;
  byAck.forEach(([, sent], k) => {
    while (s < seen.length && seen[s][1] < k + 1) s++;
    if (s < seen.length) presenterLatency.push(Math.max(0, seen[s][0] - sent));
  });
  presenterLatency.sort((a, b) => a - b);
  const answersCount = acks.length;
  // From the moment the phones were told to answer to the first heatmap that shows every acknowledged answer.
  const allShown = seen.find(([t, n]) => t >= answerStarted && n >= shownBefore + answersCount);
  const cpuSeconds = cpuAfter.reduce((sum, c, i) => sum + (c === null ? 0 : c - cpuBefore[i]), 0);

  presenter.disconnect();
  for (const child of children) child.send({ type: 'stop' });
  await Promise.all(children.map((c) => new Promise((r) => (c.exitCode === null ? c.once('exit', r) : r()))));

  const round = (x, d = 1) => (x === null || x === undefined ? null : Math.round(x * 10 ** d) / 10 ** d);
  return {
    scenario: name,
    apiProcesses: nodes.length,
    participants: joinTimes.length,
    participantsPlanned: participants,
    answersPerParticipant: answers,
    joinWallSeconds: round(joinWallMs / 1000),
    joinP50Ms: round(percentile(joinTimes, 50)),
    joinP99Ms: round(percentile(joinTimes, 99)),
    dbTransactionsPerJoin: round(xactsPerJoin / Math.max(1, joinTimes.length), 3),
    // of which the socket.io handshake (the rest is the participant:join round trip)
    connectP50Ms: round(percentile(connectTimes, 50)),
    connectP99Ms: round(percentile(connectTimes, 99)),
    answersAcknowledged: answersCount,
    answerWallSeconds: round(answerWallMs / 1000),
    answersPerSecond: round(answersCount / (answerWallMs / 1000)),
    ackP50Ms: round(percentile(ackLatency, 50)),
    ackP95Ms: round(percentile(ackLatency, 95)),
    ackP99Ms: round(percentile(ackLatency, 99)),
    serverAckP99MsAtMost: histogramPercentileMs(metricsBefore.ack, metricsAfter.ack, 99),
    writeStatementP99MsAtMost: histogramPercentileMs(metricsBefore.write, metricsAfter.write, 99),
    presenterP50Ms: round(percentile(presenterLatency, 50)),
    presenterP95Ms: round(percentile(presenterLatency, 95)),
    presenterP99Ms: round(percentile(presenterLatency, 99)),
    presenterAllMs: allShown ? round(allShown[0] - answerStarted) : null,
    heatmapEvents: seen.length,
    lostInPostgres: stored === null ? null : answersCount - stored,
    answerRowsInPostgres: rows,
    lostInFinalHeatmap: answersCount - finalCount,
    serverCpuSecondsPer1000Answers: round((cpuSeconds / Math.max(1, answersCount)) * 1000, 3),
    writeStatementsPerAnswer: round((metricsAfter.batches - metricsBefore.batches) / Math.max(1, answersCount), 4),
    dbTransactionsPerAnswer: round((dbAfter - dbBefore) / Math.max(1, answersCount), 4),
    apiRssKbPerParticipant: round(rssPerParticipant / 1024, 1),
    // the whole machine while joining and while answering (API, PostgreSQL and load generator together)
    machineBusyPercentJoining: machineJoining.busyPercent,
    machineBusyPercent: machine.busyPercent,
    machineStealPercent: machine.stealPercent,
    // every answer the people gave is acknowledged, or refused for good by the server, or (a failure) neither
    answersGiven: joinTimes.length * answers,
    answersRefused: results.reduce((s2, r) => s2 + r.refused, 0),
    answersNeverAcknowledged: results.reduce((s2, r) => s2 + r.unacknowledged, 0),
    errors,
    reconnects: results.reduce((s2, r) => s2 + r.reconnects, 0),
    fault: faultReport,
    ...(faultReport?.databaseBackAt ? { outage: outageStats(acks, sends, faultReport) } : {}),
  };
}

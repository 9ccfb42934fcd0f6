// The adapter scenario (issue 23): what it costs the API processes to share live rooms
// through Redis as the number of rooms grows, with four processes on this machine. Every
// room (a session) has its sockets on one process and gets a few messages a second from
// it (as the API relays each committed batch). With the Redis Streams adapter every process
// reads every room's messages from one stream; with socket.io's sharded Redis adapter
// (Redis 7 sharded pub/sub, "dynamic" subscriptions) a process receives only the messages
// of rooms it holds sockets of. We measure the CPU of the four processes and of Redis.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { freePort, procStats, root, sleep, startRedis } from './lib.mjs';

const PROCESSES = 4;
const IDLE_SECONDS = 5;

async function point({ mode, rooms, perSecond, seconds }) {
  const redis = await startRedis();
  const nodes = [];
  const clients = [];
  try {
    for (let i = 0; i < PROCESSES; i++) {
      const port = await freePort();
      const child = fork(join(root, 'bench/adapter-node.mjs'), [String(port), mode], { env: { ...process.env, REDIS_URL: redis.url }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      await new Promise((r) => child.once('message', r));
      nodes.push({ child, port });
    }
    // one viewer socket per room, on the room's process; it only counts what arrives
    let received = 0;
    for (let r = 0; r < rooms; r++) {
      const socket = io(`http://127.0.0.1:${nodes[r % PROCESSES].port}/live`, { auth: { room: r }, transports: ['websocket'], localAddress: `127.0.0.${2 + (r % 8)}` });
      socket.on('tally', () => received++);
      clients.push(socket);
    }
    await Promise.all(clients.map((s) => (s.connected ? null : new Promise((r) => s.once('connect', r)))));
    await sleep(1000);
    // What the processes spend with the rooms open and nothing sent (heartbeats, reads):
    const cpuOf = () => nodes.map((n) => procStats(n.child.pid).cpuSeconds);
    const idleFrom = cpuOf();
    await sleep(IDLE_SECONDS * 1000);
    const idleCpuPerSecond = cpuOf().reduce((s, c, i) => s + c - idleFrom[i], 0) / IDLE_SECONDS;
    const before = cpuOf();
    const redisBefore = procStats(redis.child.pid).cpuSeconds;
    received = 0;
    nodes.forEach((n, i) => n.child.send({ type: 'publish', perSecond, rooms: Array.from({ length: rooms }, (_, r) => r).filter((r) => r % PROCESSES === i) }));
    await sleep(seconds * 1000);
    await Promise.all(nodes.map((n) => new Promise((r) => (n.child.once('message', r), n.child.send({ type: 'stop-publishing' })))));
    const cpu = nodes.map((n, i) => procStats(n.child.pid).cpuSeconds - before[i]);
    const redisCpu = procStats(redis.child.pid).cpuSeconds - redisBefore;
    await sleep(2000); // late deliveries still count
    const sent = rooms * perSecond * seconds;
    const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
    return {
      adapter: mode,
      rooms,
      messagesPerSecond: rooms * perSecond,
      // CPU share of one core, summed over the four processes (idle: the rooms open, nothing sent), and Redis's
      processesIdleCpuPercent: round(idleCpuPerSecond * 100),
      processesCpuPercent: round((cpu.reduce((s, c) => s + c, 0) / seconds) * 100),
      perProcessCpuPercent: cpu.map((c) => round((c / seconds) * 100)),
      redisCpuPercent: round((redisCpu / seconds) * 100),
      // per 1,000 room messages, above idle: what the four processes spend together
      processesCpuMsPer1000Messages: round(((cpu.reduce((s, c) => s + c, 0) - idleCpuPerSecond * seconds) / Math.max(1, sent)) * 1e6, 1),
      deliveredShare: round(received / Math.max(1, sent), 3),
    };
  } finally {
    for (const s of clients) s.disconnect();
    for (const n of nodes) n.child.kill('SIGKILL');
    await redis.stop();
  }
}

/** Both adapters at each room count, `perSecond` messages a second per room. */
export async function runAdapterScenario({ roomCounts = [20, 200, 2000], perSecond = 2, seconds = 10 } = {}) {
  const points = [];
  for (const rooms of roomCounts) for (const mode of ['streams', 'sharded']) points.push(await point({ mode, rooms, perSecond, seconds }));
  return { scenario: 'adapter: four processes, rooms on Redis', processes: PROCESSES, messagesPerRoomPerSecond: perSecond, seconds, points };
}

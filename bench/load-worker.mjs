// One load process: plays a slice of the room's participants with real socket.io
// clients (websocket only, spread over source addresses) and reports timings to the
// runner over IPC. Participants never subscribe to fan-out they would not need.
import { randomUUID } from 'node:crypto';
import { io } from 'socket.io-client';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const now = () => performance.timeOrigin + performance.now();

// A runner that crashed leaves no orphans playing a room against nothing.
process.on('disconnect', () => process.exit(0));

process.on('message', async (task) => {
  if (task.type !== 'run') return;
  const { urls, joinCode, roles, concerns, from, to, answers, thinkMs, localAddresses, joinSpreadMs } = task;
  const sockets = [];
  const joinTimes = [];
  const connectTimes = [];
  const acks = [];
  const errors = {};
  let reconnects = 0;
  const fail = (code) => (errors[code] = (errors[code] ?? 0) + 1);

  // Join: everyone within joinSpreadMs, like a room scanning a QR code.
  await Promise.all(
    Array.from({ length: to - from }, async (_, k) => {
      const i = from + k;
      await sleep(Math.random() * joinSpreadMs);
      const started = now();
      const socket = io(`${urls[i % urls.length]}/live`, {
        auth: { joinCode },
        transports: ['websocket'],
        localAddress: localAddresses[i % localAddresses.length],
        reconnectionDelay: 200,
        reconnectionDelayMax: 1000,
        timeout: 20000,
      });
      socket.io.on('reconnect', () => reconnects++);
      let resumeToken = null;
      const join = async () => {
        const ack = await socket.timeout(20000).emitWithAck('participant:join', resumeToken ? { resumeToken } : { roleId: roles[i % roles.length] });
        if (!ack.ok) throw new Error(ack.code);
        resumeToken = ack.resumeToken;
      };
      try {
        await new Promise((resolve, reject) => {
          socket.once('connect', resolve);
          socket.once('connect_error', reject);
        });
        connectTimes.push(now() - started);
        await join();
        joinTimes.push(now() - started);
        // After a reconnect (a process died), join again with the token: same participant.
        socket.on('connect', () => void join().catch(() => fail('rejoin')));
        sockets.push({ socket, i });
      } catch (err) {
        fail(`join:${err.data?.code ?? err.message}`);
        socket.disconnect();
      }
    }),
  );
  process.send({ type: 'joined', joined: sockets.length, joinTimes, connectTimes });

  await new Promise((resolve) => process.once('message', (m) => m.type === 'answer' && resolve()));
  await Promise.all(
    sockets.map(async ({ socket, i }) => {
      for (let a = 0; a < answers; a++) {
        await sleep(thinkMs[0] + Math.random() * (thinkMs[1] - thinkMs[0]));
        const concernId = concerns[a % concerns.length];
        const pick = (i + a) % (roles.length + 1);
        const payload = { answerId: randomUUID(), concernId, ...(pick === roles.length ? { choice: 'nobody' } : { choice: 'owners', owners: [roles[pick]] }) };
        const sentAt = now();
        // Retry like the phone's outbox: same answerId until acknowledged.
        for (let attempt = 0; attempt < 20; attempt++) {
          try {
            const ack = await socket.timeout(10000).emitWithAck('answer:submit', payload);
            if (ack.ok) {
              acks.push([payload.answerId, sentAt, now()]);
              break;
            }
            fail(ack.code);
            // A reconnected phone answers before its re-join completes: send again.
            if (!['answer/retry', 'rate/limited', 'participant/not-joined'].includes(ack.code)) break;
          } catch {
            fail('timeout');
          }
          await sleep(500);
        }
      }
    }),
  );
  process.send({ type: 'done', acks, errors, reconnects });
  await new Promise((resolve) => process.once('message', (m) => m.type === 'stop' && resolve()));
  for (const { socket } of sockets) socket.disconnect();
  process.exit(0);
});

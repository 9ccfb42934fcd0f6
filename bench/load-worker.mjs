// One load process: plays a slice of the room's participants with real socket.io
// clients (websocket only, spread over source addresses) and reports timings to the
// runner over IPC. Participants never subscribe to fan-out they would not need.
//
// Each simulated phone behaves as the web app's does (apps/web/src/features/participant):
// the person answers at their own pace into an outbox; the outbox sends one answer at a
// time and decides every refusal by the shared error table, waiting out the shared
// backoff with full jitter (packages/shared/src/errors) before a retry, and never drops an
// answer unless the server refused it for good. Reconnects follow the same backoff.
import { randomUUID } from 'node:crypto';
import { Backoff, errorAction, readErrorBody } from '@thinline/shared';
import { io } from 'socket.io-client';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const now = () => performance.timeOrigin + performance.now();
// As the phone: longer than the server holds an answer while its database is away (8 s).
const ANSWER_TIMEOUT_MS = 15_000;

// A runner that crashed leaves no orphans playing a room against nothing.
process.on('disconnect', () => process.exit(0));

/** Reconnect a dropped socket, or one whose handshake the server could not serve, after the shared backoff. */
function keepConnected(socket, onRefused) {
  const backoff = new Backoff();
  let timer = null;
  const schedule = () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      if (!socket.connected) socket.connect();
    }, backoff.next());
  };
  socket.on('connect', () => backoff.reset());
  socket.on('disconnect', (reason) => reason !== 'io client disconnect' && reason !== 'io server disconnect' && schedule());
  socket.on('connect_error', (err) => {
    const { code } = err.data === undefined ? { code: 'network/offline' } : readErrorBody(err.data, 0);
    if (errorAction(code) === 'retry' || errorAction(code) === 'rejoin') schedule();
    else onRefused(code);
  });
}

process.on('message', async (task) => {
  if (task.type !== 'run') return;
  const { urls, joinCode, roles, concerns, from, to, answers, thinkMs, localAddresses, joinSpreadMs, giveUpAfterMs = 600_000 } = task;
  const phones = [];
  const joinTimes = [];
  const connectTimes = [];
  const acks = [];
  /** when each submission (first try or retry) left a phone */
  const sends = [];
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
        reconnection: false,
        timeout: 20000,
      });
      const phone = { socket, i, resumeToken: null, joined: false, joinBackoff: new Backoff() };
      const join = async () => {
        phone.joined = false;
        const ack = await socket.timeout(20000).emitWithAck('participant:join', phone.resumeToken ? { resumeToken: phone.resumeToken } : { roleId: roles[i % roles.length] });
        if (!ack.ok) throw Object.assign(new Error(ack.code), { code: readErrorBody(ack, 0).code });
        phone.resumeToken = ack.resumeToken;
        phone.joined = true;
        phone.joinBackoff.reset();
        phone.wake?.();
      };
      try {
        await new Promise((resolve, reject) => {
          socket.once('connect', resolve);
          socket.once('connect_error', reject);
        });
        connectTimes.push(now() - started);
        await join();
        joinTimes.push(now() - started);
        keepConnected(socket, (code) => fail(`refused:${code}`));
        // After a reconnect (a process died), join again with the token: same participant.
        // A join the server could not serve now is tried again after the backoff, like the phone's.
        const rejoin = () =>
          join().catch(async (err) => {
            fail(`rejoin:${err.code ?? 'timeout'}`);
            if (errorAction(err.code ?? 'network/timeout') === 'refuse') return;
            await sleep(phone.joinBackoff.next());
            if (socket.connected) rejoin();
          });
        phone.rejoinNow = rejoin;
        socket.on('connect', () => {
          reconnects++;
          rejoin();
        });
        socket.on('disconnect', () => (phone.joined = false));
        phones.push(phone);
      } catch (err) {
        fail(`join:${err.data?.code ?? err.message}`);
        socket.disconnect();
      }
    }),
  );
  process.send({ type: 'joined', joined: phones.length, joinTimes, connectTimes });

  await new Promise((resolve) => process.once('message', (m) => m.type === 'answer' && resolve()));
  let refused = 0;
  let unacknowledged = 0;
  // A phone never gives up on an answer; the benchmark does, so that a bug shows as a number, not a hang.
  const giveUpAt = now() + giveUpAfterMs;
  await Promise.all(
    phones.map(async (phone) => {
      const { socket, i } = phone;
      /** [payload, queuedAt] in the order the person gave them */
      const outbox = [];
      const backoff = new Backoff();
      let given = 0;
      const wait = () => new Promise((resolve) => (phone.wake = resolve));
      const person = (async () => {
        for (let a = 0; a < answers; a++) {
          await sleep(thinkMs[0] + Math.random() * (thinkMs[1] - thinkMs[0]));
          const concernId = concerns[a % concerns.length];
          const pick = (i + a) % (roles.length + 1);
          outbox.push([{ answerId: randomUUID(), concernId, ...(pick === roles.length ? { choice: 'nobody' } : { choice: 'owners', owners: [roles[pick]] }) }, now()]);
          given++;
          phone.wake?.();
        }
      })();
      // The outbox: one answer at a time, decided by the shared table.
      while (given < answers || outbox.length > 0) {
        if (now() > giveUpAt) {
          unacknowledged += outbox.length + (answers - given);
          break;
        }
        if (outbox.length === 0 || !phone.joined || !socket.connected) {
          await Promise.race([wait(), sleep(1000)]);
          continue;
        }
        const [payload, queuedAt] = outbox[0];
        const sentAt = now();
        sends.push(sentAt);
        let code;
        try {
          const ack = await socket.timeout(ANSWER_TIMEOUT_MS).emitWithAck('answer:submit', payload);
          if (ack.ok) {
            outbox.shift();
            backoff.reset();
            // latency of the try that was acknowledged; queuedAt: when the person gave it
            acks.push([payload.answerId, sentAt, now(), queuedAt]);
            continue;
          }
          code = readErrorBody(ack, 0).code;
        } catch {
          code = 'network/timeout';
        }
        fail(code);
        switch (errorAction(code)) {
          case 'refuse':
          case 'sign-in':
            outbox.shift();
            refused++;
            break;
          case 'retry':
            // to the back, so one answer the server keeps failing does not hold up the rest
            outbox.push(outbox.shift());
            await sleep(backoff.next());
            break;
          case 'rejoin':
            await sleep(backoff.next());
            if (socket.connected) await phone.rejoinNow();
            break;
        }
      }
      if (now() <= giveUpAt) await person;
    }),
  );
  process.send({ type: 'done', acks, sends, errors, reconnects, refused, unacknowledged });
  await new Promise((resolve) => process.once('message', (m) => m.type === 'stop' && resolve()));
  for (const { socket } of phones) socket.disconnect();
  process.exit(0);
});

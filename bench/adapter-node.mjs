// One socket.io process for the adapter scenario (bench/adapter.mjs): the /live namespace
// on Redis, through the Redis Streams adapter (the product's) or socket.io's sharded Redis
// adapter (Redis 7 sharded pub/sub). Each connecting socket joins the room named in its
// handshake; on the runner's word the process emits to the rooms it is given, at a rate.
// node bench/adapter-node.mjs <port> <streams|sharded>, REDIS_URL set.
import { createServer } from 'node:http';
import { createShardedAdapter } from '@socket.io/redis-adapter';
import { createAdapter as createStreamsAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import { Server } from 'socket.io';

const [port, mode] = [Number(process.argv[2]), process.argv[3]];
const pub = createClient({ url: process.env.REDIS_URL });
await pub.connect();
let adapter;
if (mode === 'sharded') {
  const sub = pub.duplicate();
  await sub.connect();
  adapter = createShardedAdapter(pub, sub, { subscriptionMode: 'dynamic' });
} else adapter = createStreamsAdapter(pub, { heartbeatInterval: 2000, heartbeatTimeout: 6000 });
const http = createServer();
const io = new Server(http, { transports: ['websocket'], serveClient: false, adapter });
const live = io.of('/live');
live.on('connection', (socket) => socket.join(`session:${socket.handshake.auth.room}`));

// About what the API relays per committed batch of a session (a tally delta list).
const payload = { sessionId: '00000000-0000-4000-8000-000000000000', deltas: [{ round: 1, concernId: '00000000-0000-4000-8000-000000000001', ownRole: '00000000-0000-4000-8000-000000000002', from: null, to: { key: 'owners:00000000-0000-4000-8000-000000000003', confidence: null } }] };
let timers = [];
process.on('message', (m) => {
  if (m.type === 'publish') {
    // every room of this process gets `perSecond` messages a second, spread over the second
    timers = m.rooms.map((room, k) =>
      setTimeout(() => timers.push(setInterval(() => live.to(`session:${room}`).emit('tally', payload), 1000 / m.perSecond)), (k * 1000) / m.perSecond / Math.max(1, m.rooms.length)),
    );
  } else if (m.type === 'stop-publishing') {
    for (const t of timers) clearInterval(t); // clears timeouts too
    timers = [];
    process.send({ type: 'stopped' });
  }
});
http.listen({ port, host: '127.0.0.1', backlog: 4096 }, () => process.send({ type: 'ready' }));

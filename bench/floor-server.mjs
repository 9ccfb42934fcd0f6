// The floor (issue 23): the smallest server of Thinline's live protocol, everything in
// memory. One live session; phones connect to /live with { joinCode }, send
// `participant:join` and `answer:submit` and get the same acknowledgements as from the
// API; a presenter connects with { sessionId } and receives the same `heatmap` frames,
// built by the same pure maths (@thinline/shared's SessionTally and buildHeatmap).
// No database, no batch window, no coalescing interval: a heatmap goes out once per turn
// of the event loop in which answers arrived. What the API takes beyond this is the price
// of its durability (PostgreSQL commits before every acknowledgement) and of its design.
//
// node bench/floor-server.mjs <port>  → prints "Floor is ready" and serves until killed;
// GET /bench/session says which session (ids, join code) it plays.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { LIVE_NAMESPACE, SessionTally, answerKey, buildHeatmap } from '@thinline/shared';
import { Server } from 'socket.io';

const port = Number(process.argv[2] ?? 0);
const roles = ['Data Engineering', 'MLOps', 'Data Science', 'Operations'].map((name) => ({ id: randomUUID(), name }));
const concerns = Array.from({ length: 8 }, (_, i) => ({ id: randomUUID(), title: `Concern ${i + 1}` }));
const session = { id: randomUUID(), joinCode: 'FL00R2', roles, concerns, settings: { threshold: 0.5, minSegmentSize: 3 } };
const roleIds = new Set(roles.map((r) => r.id));
const concernIds = new Set(concerns.map((c) => c.id));

const tally = new SessionTally();
const participantsByRole = {};
/** resumeToken → participant; participant id → { concernId → { key, confidence } } */
const byToken = new Map();
const answersOf = new Map();
const seenAnswerIds = new Set();

const http = createServer((req, res) => {
  if (req.url === '/bench/session') {
    res.setHeader('content-type', 'application/json');
    return res.end(JSON.stringify(session));
  }
  res.statusCode = 404;
  res.end();
});
const io = new Server(http, { transports: ['websocket'], serveClient: false });
const live = io.of(LIVE_NAMESPACE);

let heatmapPending = false;
const sendHeatmap = () => {
  heatmapPending = false;
  live.to('presenters').emit('heatmap', heatmap());
};
const heatmap = () =>
  buildHeatmap({
    sessionId: session.id,
    round: 1,
    roleIds: roles.map((r) => r.id),
    concernIds: concerns.map((c) => c.id),
    threshold: session.settings.threshold,
    minSegmentSize: session.settings.minSegmentSize,
    tally,
    segment: null,
    participantsByRole,
  });

live.use((socket, next) => {
  const auth = socket.handshake.auth ?? {};
  if (auth.joinCode === session.joinCode) socket.data.kind = 'participant';
  else if (auth.sessionId === session.id) socket.data.kind = 'presenter';
  else return next(Object.assign(new Error('This join code does not open a session.'), { data: { code: 'session/not-found', message: 'This join code does not open a session.' } }));
  next();
});

live.on('connection', (socket) => {
  if (socket.data.kind === 'presenter') {
    socket.join('presenters');
    socket.emit('heatmap', heatmap());
    return;
  }
  let me = null;
  socket.on('participant:join', (payload, ack) => {
    if (payload?.resumeToken && byToken.has(payload.resumeToken)) me = byToken.get(payload.resumeToken);
    else if (roleIds.has(payload?.roleId)) {
      me = { participantId: randomUUID(), resumeToken: randomUUID(), ownRole: payload.roleId };
      byToken.set(me.resumeToken, me);
      answersOf.set(me.participantId, new Map());
      participantsByRole[me.ownRole] = (participantsByRole[me.ownRole] ?? 0) + 1;
    } else return ack?.({ ok: false, code: 'validation/invalid', message: 'roleId: pick one of the session roles' });
    ack?.({ ok: true, participantId: me.participantId, resumeToken: me.resumeToken, ownRole: me.ownRole, name: null });
  });
  socket.on('answer:submit', (a, ack) => {
    if (!me) return ack?.({ ok: false, code: 'participant/not-joined', message: 'Join the session before answering.' });
    if (!a || typeof a.answerId !== 'string' || !concernIds.has(a.concernId)) return ack?.({ ok: false, code: 'validation/invalid', message: 'Not an answer of this session.' });
    if (!seenAnswerIds.has(a.answerId)) {
      seenAnswerIds.add(a.answerId);
      const owners = a.choice === 'owners' ? (a.owners ?? []).filter((id) => roleIds.has(id)) : [];
      const to = { key: answerKey({ choice: a.choice, owners, raci: null }), confidence: a.confidence ?? null };
      const mine = answersOf.get(me.participantId);
      tally.apply({ round: 1, concernId: a.concernId, ownRole: me.ownRole, from: mine.get(a.concernId) ?? null, to });
      mine.set(a.concernId, to);
      if (!heatmapPending) {
        heatmapPending = true;
        setImmediate(sendHeatmap);
      }
    }
    ack?.({ ok: true, answerId: a.answerId });
  });
});

// a hall connecting at once: the same listen backlog as the API's
http.listen({ port, host: '127.0.0.1', backlog: 4096 }, () => console.log(`Floor is ready on ${http.address().port}`));

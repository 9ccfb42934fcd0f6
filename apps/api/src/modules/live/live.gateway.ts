import { Logger } from '@nestjs/common';
import { type OnGatewayConnection, type OnGatewayDisconnect, type OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import { type ClientToServerEvents, LIVE_NAMESPACE, type ServerToClientEvents, type TAck } from '@thinline/shared';
import type { Namespace, Socket } from 'socket.io';
import { toErrorBody } from '../../common/errors/app-exception.filter.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { LiveAuthService } from './live-auth.service.js';
import { LiveBroadcaster } from './live-broadcaster.js';
import { type LiveClient, rooms } from './live-client.js';
import { LiveService } from './live.service.js';
import { PresenceRepository } from './presence.repository.js';
import { PresenterCommandService } from './presenter-command.service.js';

type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, { client: LiveClient }>;

/** /live: thin handlers; the rules live in LiveService and the broadcasts in LiveBroadcaster. */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class LiveGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect {
  private readonly logger = new Logger(LiveGateway.name);

  constructor(
    private readonly auth: LiveAuthService,
    private readonly live: LiveService,
    private readonly commands: PresenterCommandService,
    private readonly broadcaster: LiveBroadcaster,
    private readonly presence: PresenceRepository,
    private readonly metrics: MetricsService,
  ) {}

  afterInit(nsp: Namespace<ClientToServerEvents, ServerToClientEvents>): void {
    nsp.use((socket, next) => {
      this.auth
        .resolve(socket)
        .then((client) => {
          (socket as LiveSocket).data.client = client;
          next();
        })
        .catch((err: unknown) => {
          const { body } = toErrorBody(err, this.logger);
          next(Object.assign(new Error(body.message), { data: body }));
        });
    });
    this.broadcaster.attach(nsp);
  }

  async handleConnection(socket: LiveSocket): Promise<void> {
    // Before any await, so no event the phone sends right after connecting is missed.
    this.listen(socket);
    const client = socket.data.client;
    this.metrics.socketConnections.inc({ kind: client.kind });
    await socket.join(rooms.session(client.sessionId));
    if (client.kind === 'presenter' || client.kind === 'report' || client.kind === 'projector') {
      const own = client.kind === 'report' ? rooms.reports : client.kind === 'projector' ? rooms.projectors : rooms.presenters;
      await socket.join([own(client.sessionId), rooms.viewers]);
      if (client.kind === 'presenter') await socket.join(rooms.user(client.userId));
      if (client.kind === 'projector') await socket.join(rooms.link(client.linkId));
      this.broadcaster.sendStatusTo(socket);
      await this.broadcaster.sendHeatmap(client.sessionId);
      // Nothing here may reject: a rejection of this handler is unhandled and ends the
      // process, and the database can go away between the handshake and this read.
      await this.presence
        .count(client.sessionId)
        .then((participants) => socket.emit('presence', { participants }))
        .catch((err: unknown) => this.logger.warn(`Presence for ${client.sessionId} failed: ${(err as Error).message}`));
    }
    if (client.kind === 'participant' && client.participantId) await socket.join(rooms.participants(client.sessionId));
  }

  handleDisconnect(socket: LiveSocket): void {
    const kind = socket.data.client?.kind;
    if (kind) this.metrics.socketConnections.dec({ kind });
  }

  /**
   * The two events a phone sends (and the control room's pacing of the projectors), bound with socket.io's own `on` rather than Nest's
   * @SubscribeMessage: that one builds an RxJS pipeline per event per socket (about
   * 3 KB each, kept for the socket's life) and runs every message through it, which a
   * hall of 5,000 phones answering at once pays for in memory and in event-loop time.
   * Nothing else changes: every event is acknowledged `{ ok, ... }` through `ack`.
   */
  private listen(socket: LiveSocket): void {
    socket.on('participant:join', (payload: unknown, reply?: unknown) =>
      void this.ack('participant:join', reply, async () => {
        const result = await this.live.join(socket.data.client, socket.id, payload);
        await socket.join(rooms.participants(socket.data.client.sessionId));
        // After the ack: the phone learns the state and any revealed results.
        setImmediate(() => void this.sendStateTo(socket));
        return result;
      }),
    );
    socket.on('answer:submit', (payload: unknown, reply?: unknown) =>
      void this.ack('answer:submit', reply, () => this.live.submit(socket.data.client, payload)),
    );
    socket.on('presenter:command', (payload: unknown, reply?: unknown) =>
      void this.ack('presenter:command', reply, () => this.commands.command(socket.data.client, payload)),
    );
  }

  private async sendStateTo(socket: LiveSocket): Promise<void> {
    const { sessionId } = socket.data.client;
    const results = await this.live.revealedResults(sessionId).catch(() => null);
    if (results) socket.emit('results', results);
  }

  /**
   * Every inbound event is answered `{ ok: true, ... }` or `{ ok: false, code, message }`
   * through the client's acknowledgement callback, when it sent one. Never throws.
   */
  private async ack<T extends object>(event: string, reply: unknown, work: () => Promise<T>): Promise<void> {
    let body: TAck<T>;
    try {
      body = { ok: true, ...(await work()) };
      this.metrics.socketEvents.inc({ event, outcome: 'ok' });
    } catch (err) {
      const { body: error } = toErrorBody(err, this.logger);
      this.metrics.socketEvents.inc({ event, outcome: error.code });
      body = { ok: false, ...error };
    }
    if (typeof reply === 'function') (reply as (b: TAck<T>) => void)(body);
  }
}

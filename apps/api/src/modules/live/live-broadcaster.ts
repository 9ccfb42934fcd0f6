import { Inject, Injectable, Logger } from '@nestjs/common';
import { type ClientToServerEvents, type ServerToClientEvents, type TallyDelta, toReportDecision } from '@thinline/shared';
import type { Namespace } from 'socket.io';
import { CONFIG, type Config } from '../../config/config.js';
import { DecisionsService } from '../decisions/decisions.service.js';
import { LiveTallyService } from '../heatmap/live-tally.service.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { DomainEvents } from '../../common/domain-events/domain-events.js';
import { SessionService } from '../session/session.service.js';
import { SnapshotService } from '../snapshot/snapshot.service.js';
import { PresenceRepository } from './presence.repository.js';
import { AccessService } from '../access/access.service.js';
import { type LiveClient, rooms } from './live-client.js';
import { LiveService } from './live.service.js';

type LiveNamespace = Namespace<ClientToServerEvents, ServerToClientEvents>;

/** Messages between API processes (socket.io serverSideEmit through the Redis adapter). */
interface PeerEvents {
  tally: (p: { sessionId: string; deltas: TallyDelta[] }) => void;
  refresh: (p: { sessionId: string }) => void;
}

/**
 * The one place that turns domain events into socket broadcasts. Heatmaps go to this
 * process's own presenters from its own live tally, coalesced to one per interval per
 * session; state and presence go to the whole room across processes.
 */
@Injectable()
export class LiveBroadcaster {
  private readonly logger = new Logger(LiveBroadcaster.name);
  private nsp?: LiveNamespace;
  /** per session, how to cancel the heatmap scheduled for it */
  private readonly pendingHeatmaps = new Map<string, () => void>();
  /** sessions whose burst of answers is over: their next heatmap goes at once */
  private readonly settledSessions = new Set<string>();
  private readonly pendingJoinUpdates = new Set<string>();
  private readonly interval: number;
  /** Only with Redis are there other processes to tell; the in-memory adapter has none. */
  private readonly clustered: boolean;
  /** whether this process saves answers now (false while its database is away) */
  private saving = true;

  constructor(
    private readonly events: DomainEvents,
    private readonly tally: LiveTallyService,
    private readonly sessions: SessionService,
    private readonly snapshots: SnapshotService,
    private readonly live: LiveService,
    private readonly presence: PresenceRepository,
    private readonly metrics: MetricsService,
    private readonly decisions: DecisionsService,
    private readonly access: AccessService,
    @Inject(CONFIG) config: Config,
  ) {
    this.interval = config.ANSWER_NAIVE ? 0 : config.HEATMAP_INTERVAL_MS;
    this.clustered = Boolean(config.REDIS_URL);
  }

  attach(nsp: LiveNamespace): void {
    this.nsp = nsp;
    const typed = nsp as unknown as { on<K extends keyof PeerEvents>(e: K, l: PeerEvents[K]): void; serverSideEmit<K extends keyof PeerEvents>(e: K, ...a: Parameters<PeerEvents[K]>): void };
    // Another process's answers: announced here like this process's own, for the live tally.
    typed.on('tally', ({ sessionId, deltas }) => this.events.emit('answers.committed', { sessionId, deltas, origin: 'peer' }));
    typed.on('refresh', ({ sessionId }) => {
      this.sessions.forgetState(sessionId);
      void this.tally.refreshCounts(sessionId);
    });
    const peers = {
      serverSideEmit: <K extends keyof PeerEvents>(e: K, ...a: Parameters<PeerEvents[K]>) => {
        if (this.clustered) typed.serverSideEmit(e, ...a);
      },
    };

    this.tally.onChange((sessionId) => this.scheduleHeatmap(sessionId));
    this.events.on('answers.committed', ({ sessionId, deltas, origin, settled }) => {
      if (origin === 'this-process') peers.serverSideEmit('tally', { sessionId, deltas });
      // Runs before the tally has applied these (it does so a microtask later), so the
      // heatmap it then schedules knows the room went quiet.
      if (settled && this.hasLocalViewers(sessionId)) this.settledSessions.add(sessionId);
    });
    // A room joining at once changes these hundreds of times a second: once per interval is enough.
    this.events.on('participants.changed', ({ sessionId }) => this.scheduleJoinUpdate(sessionId, () => peers.serverSideEmit('refresh', { sessionId })));
    this.events.on('session.state-changed', ({ sessionId }) => {
      void this.tally.refreshCounts(sessionId);
      peers.serverSideEmit('refresh', { sessionId });
      void this.broadcastState(sessionId);
    });
    // Per process: each one writes through its own database connections.
    this.events.on('answers.saving-changed', ({ saving }) => {
      this.saving = saving;
      nsp.local.to(rooms.viewers).emit('live:status', { answers: saving ? 'saving' : 'paused' });
    });
    // After the commit: every process's presenters and report viewers (through the adapter).
    this.events.on('decisions.changed', ({ sessionId }) => void this.broadcastDecisions(sessionId));
    this.events.on('session.closed', ({ sessionId }) => nsp.to(rooms.session(sessionId)).emit('session:closed', { sessionId }));
    this.events.on('session.deleted', ({ sessionId }) => {
      nsp.to(rooms.session(sessionId)).emit('session:closed', { sessionId });
      nsp.in(rooms.session(sessionId)).disconnectSockets(true);
      this.tally.forget(sessionId);
      this.snapshots.forget(sessionId);
    });
    this.events.on('org.member-removed', ({ userId }) => void this.closeLostScreens(userId));
    // Through the adapter: every process's presenters of the session follow the control room.
    this.events.on('presenter.commanded', ({ sessionId, command }) => nsp.to([rooms.presenters(sessionId), rooms.projectors(sessionId)]).emit('presenter:command', command));
    // A revoked presenter link: its projectors, on any process, are told why and disconnected
    // (a reconnect is then refused with presenter-link/revoked at the handshake).
    this.events.on('presenter-links.revoked', ({ linkIds }) => {
      const links = linkIds.map((id) => rooms.link(id));
      nsp.to(links).emit('presenter:revoked', { code: 'presenter-link/revoked', message: 'The facilitator revoked this presenter link.' });
      nsp.in(links).disconnectSockets(true);
    });
  }

  /**
   * A removed member's open control rooms and projectors (on any process) are
   * disconnected when the access rule no longer lets them read the session; their
   * reconnect is then refused at the handshake like anyone else's.
   */
  private async closeLostScreens(userId: string): Promise<void> {
    if (!this.nsp) return;
    try {
      for (const socket of await this.nsp.in(rooms.user(userId)).fetchSockets()) {
        const client = (socket.data as { client?: LiveClient }).client;
        if (client?.kind !== 'presenter') continue;
        const still = await this.access.session(userId, client.sessionId, 'read').then(() => true, () => false);
        if (!still) socket.disconnect(true);
      }
    } catch (err) {
      this.logger.warn(`Closing the screens of a removed member failed: ${(err as Error).message}`);
    }
  }

  /** A presenter or report viewer connecting while answers are paused learns it at once. */
  sendStatusTo(socket: { emit: LiveNamespace['emit'] }): void {
    if (!this.saving) socket.emit('live:status', { answers: 'paused' });
  }

  /** Sends the current state (and results, for participants) to one socket or a room. */
  async broadcastState(sessionId: string): Promise<void> {
    if (!this.nsp) return;
    try {
      const state = await this.sessions.getState(sessionId);
      this.nsp.to(rooms.session(sessionId)).emit('session:state', state);
      const results = await this.live.revealedResults(sessionId);
      if (results) this.nsp.to(rooms.participants(sessionId)).emit('results', results);
    } catch (err) {
      this.logger.warn(`State broadcast for ${sessionId} failed: ${(err as Error).message}`);
    }
  }

  /** The session's decisions to its presenters and facilitators; report viewers get them without who decided. */
  async broadcastDecisions(sessionId: string): Promise<void> {
    if (!this.nsp) return;
    try {
      const list = await this.decisions.list(sessionId);
      this.nsp.to(rooms.presenters(sessionId)).emit('decisions', list);
      // a projector by link is on a wall: who decided stays in the control room
      this.nsp.to([rooms.reports(sessionId), rooms.projectors(sessionId)]).emit('decisions', { decisions: list.decisions.map(toReportDecision), room: list.room });
    } catch (err) {
      this.logger.warn(`Decisions broadcast for ${sessionId} failed: ${(err as Error).message}`);
    }
  }

  /**
   * Heatmaps are coalesced to one per interval while answers keep coming; the one after
   * the last batch of a burst (nothing more waiting to be written) goes at once instead of
   * at the end of the interval: the presenter shows the whole room as soon as it is saved.
   */
  private scheduleHeatmap(sessionId: string): void {
    const now = this.settledSessions.delete(sessionId);
    const pending = this.pendingHeatmaps.get(sessionId);
    if (pending && !now) return;
    if (!this.hasLocalViewers(sessionId)) return;
    pending?.();
    const send = () => {
      this.pendingHeatmaps.delete(sessionId);
      void this.sendHeatmap(sessionId);
    };
    if (now) {
      // the burst's last batch: in this turn of the event loop, before the batch's
      // acknowledgements (which the answer writer queues after this), not a timer turn later
      const immediate = setImmediate(send);
      this.pendingHeatmaps.set(sessionId, () => clearImmediate(immediate));
    } else {
      const timer = setTimeout(send, this.interval);
      this.pendingHeatmaps.set(sessionId, () => clearTimeout(timer));
    }
  }

  async sendHeatmap(sessionId: string): Promise<void> {
    if (!this.nsp || !this.hasLocalViewers(sessionId)) return;
    try {
      const heatmap = await this.tally.heatmap(sessionId);
      if (!heatmap) return;
      this.nsp.local.to(rooms.heatmapViewers(sessionId)).emit('heatmap', heatmap);
      this.metrics.heatmapBroadcasts.inc();
    } catch (err) {
      this.logger.warn(`Heatmap for ${sessionId} failed: ${(err as Error).message}`);
    }
  }

  /** Participant counts, the other processes and the presence number: once per interval per session. */
  private scheduleJoinUpdate(sessionId: string, tellPeers: () => void): void {
    if (this.pendingJoinUpdates.has(sessionId)) return;
    this.pendingJoinUpdates.add(sessionId);
    setTimeout(() => {
      this.pendingJoinUpdates.delete(sessionId);
      void this.tally.refreshCounts(sessionId);
      tellPeers();
      void this.presence
        .count(sessionId)
        .then((participants) => this.nsp?.to([rooms.presenters(sessionId), rooms.projectors(sessionId)]).emit('presence', { participants }))
        .catch(() => undefined);
    }, Math.max(this.interval, 50));
  }

  private hasLocalViewers(sessionId: string): boolean {
    const local = this.nsp?.adapter.rooms;
    return rooms.heatmapViewers(sessionId).some((room) => (local?.get(room)?.size ?? 0) > 0);
  }
}

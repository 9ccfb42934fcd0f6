import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { TAuditEvent, TAuditLog } from '@thinline/shared';
import { DomainEvents } from '../../common/domain-events/domain-events.js';
import { isForeignKeyViolation } from '../../common/errors/database-errors.js';
import { AccessService } from '../access/access.service.js';
import { AuditRepository, type NewAuditEvent } from './audit.repository.js';

/**
 * The per-session audit log: who started, paced, revealed, decided, shared, exported and
 * closed what, and when. Fed only by the `session.acted` domain event, so no service
 * depends on it; read by the owner and co-facilitators, and in their export.json.
 */
@Injectable()
export class AuditService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AuditService.name);
  private unsubscribe?: () => void;
  /** writes in flight, so a read right after an action (this process) sees it */
  private readonly pending = new Map<string, Set<Promise<void>>>();

  constructor(
    private readonly repository: AuditRepository,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = this.events.on('session.acted', (event) => this.record({ ...event, concernId: event.concernId ?? null }));
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }

  /** GET /api/sessions/:id/audit: the owner and co-facilitators (a viewer gets 403). */
  async forSession(userId: string, sessionId: string): Promise<TAuditLog> {
    await this.access.session(userId, sessionId, 'run');
    return { events: await this.eventsOf(sessionId) };
  }

  /** For exports (the caller checked access). */
  async eventsOf(sessionId: string): Promise<TAuditEvent[]> {
    const inFlight: Promise<void>[] = [...(this.pending.get(sessionId) ?? [])];
    await Promise.all(inFlight);
    return this.repository.list(sessionId);
  }

  private record(event: NewAuditEvent): void {
    const write = this.repository
      .insert(event)
      .then(() => undefined)
      .catch((err: unknown) => {
        // The session was deleted meanwhile: nothing left to log.
        if (!isForeignKeyViolation(err)) this.logger.warn(`Audit event ${event.action} of ${event.sessionId} was not saved: ${(err as Error).message}`);
      })
      .finally(() => {
        const set = this.pending.get(event.sessionId);
        set?.delete(write);
        if (set?.size === 0) this.pending.delete(event.sessionId);
      });
    const set = this.pending.get(event.sessionId) ?? new Set();
    set.add(write);
    this.pending.set(event.sessionId, set);
  }
}

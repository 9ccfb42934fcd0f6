import { Injectable } from '@nestjs/common';
import { AUDIT_ACTIONS, type TAuditAction, type TAuditEvent } from '@thinline/shared';
import { PrismaService } from '../../prisma/prisma.service.js';

export interface NewAuditEvent {
  sessionId: string;
  actorId: string;
  action: TAuditAction;
  concernId: string | null;
  at: Date;
}

const isAction = (a: string): a is TAuditAction => (AUDIT_ACTIONS as readonly string[]).includes(a);

@Injectable()
export class AuditRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Keeps the actor's name as it is now. false when the session (or the person) is already gone. */
  async insert(event: NewAuditEvent): Promise<boolean> {
    const actor = await this.prisma.user.findUnique({ where: { id: event.actorId }, select: { name: true } });
    if (!actor) return false;
    const { count } = await this.prisma.auditEvent.createMany({
      data: [{ sessionId: event.sessionId, actorId: event.actorId, actorName: actor.name, action: event.action, concernId: event.concernId, at: event.at }],
      skipDuplicates: true,
    });
    return count > 0;
  }

  async list(sessionId: string): Promise<TAuditEvent[]> {
    const rows = await this.prisma.auditEvent.findMany({ where: { sessionId }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
    return rows.flatMap((r) =>
      isAction(r.action) ? [{ at: r.at.toISOString(), actor: { id: r.actorId, name: r.actorName }, action: r.action, ...(r.concernId ? { concernId: r.concernId } : {}) }] : [],
    );
  }
}

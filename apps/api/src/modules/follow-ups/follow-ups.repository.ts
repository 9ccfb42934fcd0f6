import { Injectable } from '@nestjs/common';
import type { TFollowUp, TFollowUpStatus } from '@thinline/shared';
import { PrismaService } from '../../prisma/prisma.service.js';

export interface FollowUpRow {
  id: string;
  workshopId: string;
  sessionId: string | null;
  title: string;
  concernId: string | null;
  ownerRoleId: string | null;
  assignee: string | null;
  dueOn: Date | null;
  status: TFollowUpStatus;
  createdAt: Date;
}

export interface NewFollowUp {
  title: string;
  concernId: string | null;
  ownerRoleId: string | null;
  assignee: string | null;
  dueOn: string | null;
  sessionId: string | null;
}

export interface FollowUpChanges {
  title?: string;
  assignee?: string | null;
  dueOn?: string | null;
  ownerRoleId?: string | null;
  status?: TFollowUpStatus;
}

const date = (day: string | null | undefined) => (day === undefined ? undefined : day === null ? null : new Date(`${day}T00:00:00Z`));
/** oldest first: the order they were left in */
const ORDER = [{ createdAt: 'asc' }, { id: 'asc' }] as const;

export function toFollowUp(row: FollowUpRow): TFollowUp {
  return {
    id: row.id,
    title: row.title,
    concernId: row.concernId,
    ownerRoleId: row.ownerRoleId,
    assignee: row.assignee,
    dueOn: row.dueOn ? row.dueOn.toISOString().slice(0, 10) : null,
    status: row.status,
    sessionId: row.sessionId,
    createdAt: row.createdAt.toISOString(),
  };
}

@Injectable()
export class FollowUpsRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(workshopId: string, input: NewFollowUp): Promise<FollowUpRow> {
    return this.prisma.followUp.create({ data: { workshopId, ...input, dueOn: date(input.dueOn) } });
  }

  listForWorkshop(workshopId: string, status: TFollowUpStatus | undefined): Promise<FollowUpRow[]> {
    return this.prisma.followUp.findMany({ where: { workshopId, status }, orderBy: [...ORDER] });
  }

  /** The open follow-ups of the workshop of a session (the caller checked access), in one query. */
  openForSession(sessionId: string): Promise<FollowUpRow[]> {
    return this.prisma.followUp.findMany({ where: { status: 'open', workshop: { sessions: { some: { id: sessionId } } } }, orderBy: [...ORDER] });
  }

  /** The follow-ups a session left (the report and the exports list them). */
  fromSession(sessionId: string): Promise<FollowUpRow[]> {
    return this.prisma.followUp.findMany({ where: { sessionId }, orderBy: [...ORDER] });
  }

  /** A follow-up by id, or null (the service checks access to its workshop). */
  find(id: string): Promise<FollowUpRow | null> {
    return this.prisma.followUp.findUnique({ where: { id } });
  }

  update(id: string, changes: FollowUpChanges): Promise<FollowUpRow> {
    return this.prisma.followUp.update({ where: { id }, data: { ...changes, dueOn: date(changes.dueOn) } });
  }

  async delete(id: string): Promise<void> {
    await this.prisma.followUp.deleteMany({ where: { id } });
  }

  /** A session of the workshop with its snapshot's role and concern ids, or null. */
  async sessionOfWorkshop(workshopId: string, sessionId: string): Promise<{ roleIds: string[]; concernIds: string[] } | null> {
    const row = await this.prisma.session.findFirst({
      where: { id: sessionId, workshopId },
      select: { roles: { select: { id: true } }, concerns: { select: { id: true } } },
    });
    return row ? { roleIds: row.roles.map((r) => r.id), concernIds: row.concerns.map((c) => c.id) } : null;
  }
}

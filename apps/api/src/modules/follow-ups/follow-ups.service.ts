import { Injectable } from '@nestjs/common';
import type { TFollowUp, TFollowUpCreate, TFollowUpPatch, TFollowUpStatus } from '@thinline/shared';
import { AppError } from '../../common/errors/app-error.js';
import { isId } from '../../common/http/ids.js';
import { WorkshopService } from '../workshop/workshop.service.js';
import { FollowUpsRepository, toFollowUp } from './follow-ups.repository.js';

const notFound = () => new AppError('follow-up/not-found', 'This follow-up does not exist, or it is not yours.');
const invalid = (message: string) => new AppError('follow-up/invalid', message);

/** The actions a workshop leaves (api.md "Follow-ups"): who may run the workshop writes them, who may read it reads them. */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly repository: FollowUpsRepository,
    private readonly workshops: WorkshopService,
  ) {}

  async create(userId: string, workshopId: string, input: TFollowUpCreate): Promise<TFollowUp> {
    const workshop = await this.workshops.getOwned(userId, workshopId);
    const roleIds = new Set(workshop.roles.map((r) => r.id));
    const concernIds = new Set(workshop.concerns.map((c) => c.id));
    if (input.sessionId) {
      const session = await this.repository.sessionOfWorkshop(workshop.id, input.sessionId);
      if (!session) throw invalid('sessionId: not a session of this workshop');
      // a session's snapshot may name what the workshop has since dropped
      for (const id of session.roleIds) roleIds.add(id);
      for (const id of session.concernIds) concernIds.add(id);
    }
    if (input.concernId && !concernIds.has(input.concernId)) throw invalid('concernId: not a concern of this workshop');
    if (input.ownerRoleId && !roleIds.has(input.ownerRoleId)) throw invalid('ownerRoleId: not a role of this workshop');
    const row = await this.repository.create(workshop.id, {
      title: input.title,
      concernId: input.concernId ?? null,
      ownerRoleId: input.ownerRoleId ?? null,
      assignee: input.assignee || null,
      dueOn: input.dueOn ?? null,
      sessionId: input.sessionId ?? null,
    });
    return toFollowUp(row);
  }

  async list(userId: string, workshopId: string, status: TFollowUpStatus | undefined): Promise<TFollowUp[]> {
    const workshop = await this.workshops.get(userId, workshopId); // an org viewer reads them too
    return (await this.repository.listForWorkshop(workshop.id, status)).map(toFollowUp);
  }

  async update(userId: string, id: string, patch: TFollowUpPatch): Promise<TFollowUp> {
    const { row, workshop } = await this.runnable(userId, id);
    if (patch.ownerRoleId) {
      const known = new Set(workshop.roles.map((r) => r.id));
      const session = row.sessionId ? await this.repository.sessionOfWorkshop(row.workshopId, row.sessionId) : null;
      for (const r of session?.roleIds ?? []) known.add(r);
      if (!known.has(patch.ownerRoleId)) throw invalid('ownerRoleId: not a role of this workshop');
    }
    const assignee = patch.assignee === undefined ? undefined : patch.assignee || null;
    return toFollowUp(await this.repository.update(row.id, { ...patch, assignee }));
  }

  async delete(userId: string, id: string): Promise<void> {
    const { row } = await this.runnable(userId, id);
    await this.repository.delete(row.id);
  }

  /**
   * A follow-up whose workshop the caller may run (the one access rule, through the
   * workshop service); anyone else gets follow-up/not-found, as for an id that does not exist.
   */
  private async runnable(userId: string, id: string) {
    const row = isId(id) ? await this.repository.find(id) : null;
    if (!row) throw notFound();
    const workshop = await this.workshops.getOwned(userId, row.workshopId).catch((error: unknown) => {
      throw error instanceof AppError && error.code === 'workshop/not-found' ? notFound() : error;
    });
    return { row, workshop };
  }

  /** For the session state (the caller checked access): the open follow-ups of the session's workshop. */
  async openForSession(sessionId: string): Promise<TFollowUp[]> {
    return (await this.repository.openForSession(sessionId)).map(toFollowUp);
  }

  /** For reports and exports (the caller checked access): what this session left. */
  async fromSession(sessionId: string): Promise<TFollowUp[]> {
    return (await this.repository.fromSession(sessionId)).map(toFollowUp);
  }
}

import { Injectable } from '@nestjs/common';
import {
  type TConcern,
  type TRole,
  type TWorkshop,
  type TWorkshopFile,
  ZConcern,
  type ZCreateWorkshopRequest,
  ZRole,
  type ZUpdateWorkshopRequest,
  ZWorkshopFile,
} from '@thinline/shared';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError, describeIssues, issuesCode } from '../../common/errors/app-error.js';
import { DomainEvents } from '../../common/domain-events/domain-events.js';
import { AccessService, type Need, mayRun } from '../access/access.service.js';
import { TemplateService } from '../template/template.service.js';
import { type WorkshopData, WorkshopRepository, type WorkshopRow } from './workshop.repository.js';

export type CreateWorkshopInput = z.output<typeof ZCreateWorkshopRequest>;
export type UpdateWorkshopInput = z.output<typeof ZUpdateWorkshopRequest>;

/** A workshop the caller owns, parsed: what a session snapshots. */
export interface OwnedWorkshop {
  id: string;
  title: string;
  description: string;
  roles: TRole[];
  concerns: TConcern[];
}

const FILE_FORMAT = 'thinline.workshop/v1';
const ZStoredRoles = z.array(ZRole);
const ZStoredConcerns = z.array(ZConcern);

@Injectable()
export class WorkshopService {
  constructor(
    private readonly repository: WorkshopRepository,
    private readonly templates: TemplateService,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
  ) {}

  async create(userId: string, input: CreateWorkshopInput): Promise<TWorkshop> {
    const source = 'templateId' in input ? this.templates.get(input.templateId, input.locale) : input;
    // An org's workshop is made by one of its owners or facilitators.
    if (input.orgId) await this.access.org(userId, input.orgId, 'run');
    const row = await this.repository.create(userId, input.orgId ?? null, {
      title: source.title,
      description: source.description,
      roles: toRoles(source.roles, new Set()),
      concerns: toConcerns(source.concerns, new Set()),
    });
    return { ...toWorkshop(row), canEdit: true };
  }

  async list(userId: string, q: string | undefined): Promise<TWorkshop[]> {
    const rows = await this.repository.list(userId, q || undefined);
    return rows.map((row) => ({ ...toWorkshop(row), sessionCount: row.sessionCount, canEdit: row.role === null || row.role !== 'viewer' }));
  }

  /** A workshop the caller may read (an org viewer too); canEdit says whether they may change it. */
  async get(userId: string, id: string): Promise<TWorkshop> {
    const { row, canEdit } = await this.findRow(userId, id, 'read');
    return { ...toWorkshop(row), canEdit };
  }

  /**
   * For other modules: a workshop the caller may run (its personal owner, an owner or
   * facilitator of its org), or 404 workshop/not-found (also for malformed and foreign
   * ids), 403 access/read-only for an org viewer.
   */
  async getOwned(userId: string, id: string): Promise<OwnedWorkshop> {
    const workshop = toWorkshop((await this.findRow(userId, id, 'run')).row);
    return { id: workshop.id, title: workshop.title, description: workshop.description, roles: workshop.roles, concerns: workshop.concerns };
  }

  /**
   * Replaces what the body names. In the role and concern lists, an item that carries
   * one of this workshop's ids keeps it (so past sessions and answers still line up);
   * an item without one, with an unknown one, or repeating one already used in the list
   * gets a new id. The list order is the new order.
   */
  async update(userId: string, id: string, input: UpdateWorkshopInput): Promise<TWorkshop> {
    await this.access.workshop(userId, id, 'run');
    const row = await this.repository.update(id, (current) => {
      const data: Partial<WorkshopData> = {};
      if (input.title !== undefined) data.title = input.title;
      if (input.description !== undefined) data.description = input.description;
      if (input.roles) data.roles = toRoles(input.roles, new Set(parseRoles(current).map((r) => r.id)));
      if (input.concerns) data.concerns = toConcerns(input.concerns, new Set(parseConcerns(current).map((c) => c.id)));
      return data;
    });
    if (!row) throw notFound();
    return { ...toWorkshop(row), canEdit: true };
  }

  /** Deletes the workshop with all its sessions; live rooms of those sessions are told. */
  async delete(userId: string, id: string): Promise<void> {
    await this.access.workshop(userId, id, 'run');
    const deleted = await this.repository.delete(id);
    if (!deleted) throw notFound();
    for (const sessionId of deleted.sessionIds) this.events.emit('session.deleted', { sessionId });
  }

  async export(userId: string, id: string): Promise<TWorkshopFile> {
    const workshop = await this.get(userId, id);
    return {
      format: FILE_FORMAT,
      title: workshop.title,
      description: workshop.description,
      roles: workshop.roles.map(({ id: _id, ...role }) => role),
      concerns: workshop.concerns.map(({ id: _id, ...concern }) => concern),
    };
  }

  /** Creates a workshop from an exported file; anything else is 400 workshop/invalid-file with what is wrong. */
  async import(userId: string, file: unknown): Promise<TWorkshop> {
    const parsed = ZWorkshopFile.safeParse(file);
    if (!parsed.success) throw invalidFile(file, parsed.error.issues);
    const { title, description, roles, concerns } = parsed.data;
    if (new Set(roles.map((r) => r.name.toLowerCase())).size !== roles.length) {
      throw new AppError('workshop/invalid-file', 'This workshop file cannot be imported: roles: role names must be different.');
    }
    return this.create(userId, { title, description, roles, concerns });
  }

  private async findRow(userId: string, id: string, need: Need): Promise<{ row: WorkshopRow; canEdit: boolean }> {
    const standing = await this.access.workshop(userId, id, need);
    const row = await this.repository.find(id);
    if (!row) throw notFound();
    return { row, canEdit: mayRun(standing) };
  }
}

type RoleInput = { id?: string | undefined; name: string; codeOwner?: string | undefined; catalogGroup?: string | undefined };
type ConcernInput = { id?: string | undefined; title: string; description: string; category: string; paths?: string[] | undefined; catalogEntity?: string | undefined };

/** The mapping fields that are set: an unset one is absent from the stored JSON and the reply. */
function present<T extends object>(fields: T): Partial<{ [K in keyof T]: NonNullable<T[K]> }> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as Partial<{ [K in keyof T]: NonNullable<T[K]> }>;
}

/** Keeps a requested id that is one of `existing` and not used yet in this list; otherwise a new one. */
function idAllocator(existing: ReadonlySet<string>): (requested: string | undefined) => string {
  const used = new Set<string>();
  return (requested) => {
    const id = requested && existing.has(requested) && !used.has(requested) ? requested : randomUUID();
    used.add(id);
    return id;
  };
}

function toRoles(items: readonly RoleInput[], existing: ReadonlySet<string>): TRole[] {
  const idFor = idAllocator(existing);
  return items.map((r) => ({ id: idFor(r.id), name: r.name, ...present({ codeOwner: r.codeOwner, catalogGroup: r.catalogGroup }) }));
}

function toConcerns(items: readonly ConcernInput[], existing: ReadonlySet<string>): TConcern[] {
  const idFor = idAllocator(existing);
  return items.map((c) => ({ id: idFor(c.id), title: c.title, description: c.description, category: c.category, ...present({ paths: c.paths, catalogEntity: c.catalogEntity }) }));
}

function parseRoles(row: WorkshopRow): TRole[] {
  return ZStoredRoles.parse(row.roles);
}

function parseConcerns(row: WorkshopRow): TConcern[] {
  return ZStoredConcerns.parse(row.concerns);
}

function toWorkshop(row: WorkshopRow): TWorkshop {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    roles: parseRoles(row),
    concerns: parseConcerns(row),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    orgId: row.orgId,
  };
}

function notFound(): AppError {
  return new AppError('workshop/not-found', 'This workshop does not exist, or it is not yours.');
}

function invalidFile(file: unknown, issues: readonly z.core.$ZodIssue[]): AppError {
  const format = typeof file === 'object' && file !== null && 'format' in file ? file.format : undefined;
  if (format !== FILE_FORMAT) {
    return new AppError('workshop/invalid-file', `This is not a Thinline workshop file: its "format" must be "${FILE_FORMAT}".`);
  }
  return new AppError(issuesCode(issues, 'workshop/invalid-file'), `This workshop file cannot be imported: ${describeIssues(issues)}.`);
}

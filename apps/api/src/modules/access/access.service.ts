import { Injectable } from '@nestjs/common';
import type { TOrgRole } from '@thinline/shared';
import { AppError } from '../../common/errors/app-error.js';
import { isId } from '../../common/http/ids.js';
import { AccessRepository, type Holding } from './access.repository.js';

/**
 * What a caller wants to do with a workshop or a session:
 * - `read`: see it (the workshop, its sessions, heatmaps, reports, history, exports);
 * - `run`: change it (edit the workshop, create, pace, decide, share, close or delete its sessions).
 */
export type Need = 'read' | 'run';

/** How a caller holds a workshop: its personal owner, or by their role in its org. */
export type Standing = 'owner' | TOrgRole;

/**
 * THE access rule, in one place: every route and every live handshake that touches a
 * workshop or a session asks here first.
 * - A personal workshop (no org) is its owner's alone.
 * - An org's workshop follows the caller's role in that org: `owner` and `facilitator`
 *   read and run it, `viewer` reads it and changes nothing; who created it does not
 *   matter (a removed member loses it with the membership).
 * - Anyone else gets 404, exactly as for an id that does not exist: nothing tells them it
 *   does. A viewer asking to change something gets 403 access/read-only: they may see it.
 */
@Injectable()
export class AccessService {
  constructor(private readonly repository: AccessRepository) {}

  /** The caller's standing towards the workshop; throws workshop/not-found or access/read-only. */
  async workshop(userId: string, workshopId: string, need: Need): Promise<Standing> {
    const holding = isId(workshopId) ? await this.repository.workshop(userId, workshopId) : null;
    return check(standingOf(userId, holding), need, () => new AppError('workshop/not-found', 'This workshop does not exist, or it is not yours.'));
  }

  /** The caller's standing towards the session's workshop; throws session/not-found or access/read-only. */
  async session(userId: string, sessionId: string, need: Need): Promise<Standing> {
    const holding = isId(sessionId) ? await this.repository.session(userId, sessionId) : null;
    return check(standingOf(userId, holding), need, () => new AppError('session/not-found', 'This session does not exist, or it is not yours.'));
  }

  /** The caller's role in an org; 404 org/not-found for a non-member (and an unknown id). */
  async org(userId: string, orgId: string, need: 'member' | 'owner' | 'run'): Promise<TOrgRole> {
    const role = isId(orgId) ? await this.repository.orgRole(userId, orgId) : null;
    if (!role) throw new AppError('org/not-found', 'This organisation does not exist, or you are not one of its members.');
    if (need === 'owner' && role !== 'owner') throw readOnly('Only an owner of this organisation can do this.');
    if (need === 'run' && role === 'viewer') throw readOnly();
    return role;
  }
}

export function mayRun(standing: Standing): boolean {
  return standing !== 'viewer';
}

function standingOf(userId: string, holding: Holding | null): Standing | null {
  if (!holding) return null;
  if (holding.orgId === null) return holding.ownerId === userId ? 'owner' : null;
  return holding.role;
}

function check(standing: Standing | null, need: Need, notFound: () => AppError): Standing {
  if (!standing) throw notFound();
  if (need === 'run' && !mayRun(standing)) throw readOnly();
  return standing;
}

function readOnly(message = 'You can read this organisation\'s sessions, but not change them (your role is viewer).'): AppError {
  return new AppError('access/read-only', message);
}

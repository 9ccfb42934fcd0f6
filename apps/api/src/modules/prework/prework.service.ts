import { Injectable } from '@nestjs/common';
import { OTHER_ROLE, type TRoleProgress, type TSessionProgress, UNDISCLOSED_ROLE } from '@thinline/shared';
import { SessionService } from '../session/session.service.js';
import { PreworkRepository } from './prework.repository.js';

/** What the control room shows while a pre-work survey runs. */
@Injectable()
export class PreworkService {
  constructor(
    private readonly repository: PreworkRepository,
    private readonly sessions: SessionService,
  ) {}

  /** Per own role: answered all, some, none of the current round (owner only, else 404). */
  async progress(userId: string, sessionId: string): Promise<TSessionProgress> {
    const session = await this.sessions.getOwnedSession(userId, sessionId);
    const round = session.state.round;
    const concerns = session.concerns.length;
    const rows = new Map((await this.repository.progressByRole(session.id, round, concerns)).map((r) => [r.ownRole, r]));
    const progressOf = (roleId: string): TRoleProgress => {
      const r = rows.get(roleId);
      if (!r) return { roleId, participants: 0, all: 0, some: 0, none: 0 };
      return { roleId, participants: r.participants, all: r.all, some: r.some, none: r.participants - r.all - r.some };
    };
    const extra = [OTHER_ROLE, UNDISCLOSED_ROLE].filter((id) => rows.has(id));
    const roles = [...session.roles.map((r) => r.id), ...extra].map(progressOf);
    return { sessionId: session.id, round, concerns, participants: roles.reduce((n, r) => n + r.participants, 0), roles };
  }
}

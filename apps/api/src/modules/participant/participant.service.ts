import { Injectable } from '@nestjs/common';
import { OTHER_ROLE, type TParticipantJoin, UNDISCLOSED_ROLE, ZParticipantJoin } from '@thinline/shared';
import { createHash, randomBytes } from 'node:crypto';
import { AppError, describeIssues } from '../../common/errors/app-error.js';
import { DomainEvents } from '../../common/domain-events/domain-events.js';
import type { SessionSnapshot } from '../snapshot/snapshot.repository.js';
import { type ParticipantRecord, ParticipantRepository } from './participant.repository.js';

export interface JoinedParticipant {
  participant: ParticipantRecord;
  resumeToken: string;
  resumed: boolean;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class ParticipantService {
  constructor(
    private readonly repository: ParticipantRepository,
    private readonly events: DomainEvents,
  ) {}

  /**
   * Joins a session, or resumes the participant a resume token belongs to (a reload, a
   * lost connection). The token is shown to the phone once and stored only as a hash.
   */
  async join(snapshot: SessionSnapshot, status: string, payload: unknown, options: { connectionJoined: boolean }): Promise<JoinedParticipant> {
    const parsed = ZParticipantJoin.safeParse(payload ?? {});
    if (!parsed.success) throw new AppError('validation/invalid', describeIssues(parsed.error.issues));
    const join: TParticipantJoin = parsed.data;

    if (join.resumeToken) {
      const existing = await this.repository.findByResumeToken(snapshot.id, hashToken(join.resumeToken));
      if (!existing) throw new AppError('participant/invalid-resume', 'We could not find your earlier answers for this session. Join again.');
      // A phone may pick or change its role (and name) when it comes back.
      const changes: { ownRole?: string; displayName?: string | null } = {};
      if (join.roleId !== undefined && join.roleId !== existing.ownRole) changes.ownRole = checkedRole(snapshot, join.roleId);
      if (join.name !== undefined && snapshot.settings.anonymity === 'named' && join.name !== existing.displayName) changes.displayName = join.name || null;
      if (Object.keys(changes).length === 0) return { participant: existing, resumeToken: join.resumeToken, resumed: true };
      const participant = await this.repository.update(existing.id, changes);
      if (changes.ownRole) this.events.emit('participants.changed', { sessionId: snapshot.id });
      return { participant, resumeToken: join.resumeToken, resumed: true };
    }
    // One connection is one phone: a second fresh join would only add rows (and fill the
    // session) from a single connection; a phone that wants to change sends its token.
    if (options.connectionJoined) {
      throw new AppError('participant/already-joined', 'This phone has already joined. Send the resume token to change the role or name.');
    }
    if (status === 'closed') throw new AppError('session/closed', 'This session is closed.');
    const ownRole = checkedRole(snapshot, join.roleId ?? UNDISCLOSED_ROLE);
    const resumeToken = randomBytes(24).toString('base64url');
    // Names are kept only in named sessions: an anonymous session never stores one.
    const displayName = snapshot.settings.anonymity === 'named' && join.name ? join.name : null;
    const participant = await this.repository.createWithinCap(
      { sessionId: snapshot.id, displayName, ownRole, resumeTokenHash: hashToken(resumeToken) },
      snapshot.settings.maxParticipants,
    );
    if (!participant) throw new AppError('session/full', 'This session is full.');
    this.events.emit('participants.changed', { sessionId: snapshot.id });
    return { participant, resumeToken, resumed: false };
  }
}

function checkedRole(snapshot: SessionSnapshot, roleId: string): string {
  if (roleId !== OTHER_ROLE && roleId !== UNDISCLOSED_ROLE && !snapshot.roles.some((r) => r.id === roleId)) {
    throw new AppError('participant/invalid-role', 'Pick one of the roles of this session, "Other" or "Prefer not to say".');
  }
  return roleId;
}

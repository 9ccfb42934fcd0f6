import { Body, Param } from '@nestjs/common';
import { type TSession, type TSessionActionRequest, type TSessionSummary, type TUpdateSessionRequest, ZCreateSessionRequest, ZSessionAction, ZUpdateSessionRequest } from '@thinline/shared';
import { CurrentUser } from '../auth/auth.guard.js';
import { FacilitatorController } from '../auth/signed-in.decorator.js';
import type { AuthUser } from '../auth/auth.service.js';
import { type CreateSessionInput, SessionService } from './session.service.js';
import { Endpoint } from '../../common/http/endpoint.decorator.js';

/** A POST without a body starts a session with the default settings. */
const ZCreateSessionBody = ZCreateSessionRequest.optional();
const SESSION_NOT_FOUND = { status: 404, description: 'session/not-found: no such session, or another facilitator\'s' } as const;
const WORKSHOP_NOT_FOUND = { status: 404, description: 'workshop/not-found' } as const;

@FacilitatorController('sessions', 'api')
export class SessionController {
  constructor(private readonly sessions: SessionService) {}

  @Endpoint('POST', { path: 'workshops/:id/sessions', summary: 'Start a session of a workshop: snapshots its roles and concerns, makes a join code; status "lobby"', responses: [WORKSHOP_NOT_FOUND, { status: 400, description: 'session/invalid-closes-at: closesAt is not a future ISO 8601 date-time' }, { status: 503, description: 'session/join-code-exhausted' }] })
  create(@CurrentUser() user: AuthUser, @Param('id') workshopId: string, @Body({ schema: ZCreateSessionBody }) body: CreateSessionInput | undefined): Promise<TSession> {
    return this.sessions.create(user.id, workshopId, body);
  }

  @Endpoint('GET', { path: 'workshops/:id/sessions', summary: 'A workshop\'s sessions, newest first: id, title, status, joinCode, createdAt, closedAt, participants', responses: [WORKSHOP_NOT_FOUND] })
  list(@CurrentUser() user: AuthUser, @Param('id') workshopId: string): Promise<TSessionSummary[]> {
    return this.sessions.listForWorkshop(user.id, workshopId);
  }

  @Endpoint('GET', { path: 'sessions/:id', summary: 'A session with its snapshot, settings, live state and participant count', responses: [SESSION_NOT_FOUND] })
  get(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<TSession> {
    return this.sessions.getReadableSession(user.id, id);
  }

  @Endpoint('PATCH', { path: 'sessions/:id', summary: 'Pre-work: set the current round\'s closing time { closesAt }, remove it { closesAt: null }, or close answering now { closeNow: true }', responses: [{ status: 200, description: 'the session after the change; its live room gets session:state' }, { status: 400, description: 'session/invalid-closes-at: not a future ISO 8601 date-time with a zone' }, { status: 409, description: 'session/closed, or session/answering-closed: the closing time has already passed' }, SESSION_NOT_FOUND] })
  update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body({ schema: ZUpdateSessionRequest }) body: TUpdateSessionRequest): Promise<TSession> {
    return this.sessions.updateClosing(user.id, id, body);
  }

  @Endpoint('DELETE', { path: 'sessions/:id', status: 204, summary: 'Delete a session with its participants, answers, answer receipts and share links; its live sockets get session:closed and are disconnected', responses: [SESSION_NOT_FOUND] })
  delete(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<void> {
    return this.sessions.delete(user.id, id);
  }

  @Endpoint('POST', { path: 'sessions/:id/actions', status: 200, summary: 'Control the session: start, close, open, lock, reveal, hide, goto, next, previous, next-round (with an optional label, e.g. "live")', responses: [{ status: 200, description: 'the session after the action' }, { status: 409, description: 'session/invalid-state or session/closed: not allowed now, with why' }, { status: 404, description: 'session/not-found or concern/not-found' }] })
  act(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body({ schema: ZSessionAction }) body: TSessionActionRequest): Promise<TSession> {
    return this.sessions.act(user.id, id, body);
  }
}

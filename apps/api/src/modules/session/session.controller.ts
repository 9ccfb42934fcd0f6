import { Body, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';
import { type TSession, type TSessionActionRequest, type TSessionSummary, type TUpdateSessionRequest, ZCreateSessionRequest, ZSessionAction, ZUpdateSessionRequest } from '@thinline/shared';
import { CurrentUser } from '../auth/auth.guard.js';
import { FacilitatorController } from '../auth/signed-in.decorator.js';
import type { AuthUser } from '../auth/auth.service.js';
import { type CreateSessionInput, SessionService } from './session.service.js';

/** A POST without a body starts a session with the default settings. */
const ZCreateSessionBody = ZCreateSessionRequest.optional();
const SESSION_NOT_FOUND = { status: 404, description: 'session/not-found: no such session, or another facilitator\'s' } as const;
const WORKSHOP_NOT_FOUND = { status: 404, description: 'workshop/not-found' } as const;

@FacilitatorController('sessions', 'api')
export class SessionController {
  constructor(private readonly sessions: SessionService) {}

  @Post('workshops/:id/sessions')
  @ApiOperation({ summary: 'Start a session of a workshop: snapshots its roles and concerns, makes a join code; status "lobby"' })
  @ApiResponse(WORKSHOP_NOT_FOUND)
  @ApiResponse({ status: 400, description: 'session/invalid-closes-at: closesAt is not a future ISO 8601 date-time' })
  @ApiResponse({ status: 503, description: 'session/join-code-exhausted' })
  create(@CurrentUser() user: AuthUser, @Param('id') workshopId: string, @Body({ schema: ZCreateSessionBody }) body: CreateSessionInput | undefined): Promise<TSession> {
    return this.sessions.create(user.id, workshopId, body);
  }

  @Get('workshops/:id/sessions')
  @ApiOperation({ summary: 'A workshop\'s sessions, newest first: id, title, status, joinCode, createdAt, closedAt, participants' })
  @ApiResponse(WORKSHOP_NOT_FOUND)
  list(@CurrentUser() user: AuthUser, @Param('id') workshopId: string): Promise<TSessionSummary[]> {
    return this.sessions.listForWorkshop(user.id, workshopId);
  }

  @Get('sessions/:id')
  @ApiOperation({ summary: 'A session with its snapshot, settings, live state and participant count' })
  @ApiResponse(SESSION_NOT_FOUND)
  get(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<TSession> {
    return this.sessions.getReadableSession(user.id, id);
  }

  @Patch('sessions/:id')
  @ApiOperation({ summary: 'Pre-work: set the current round\'s closing time { closesAt }, remove it { closesAt: null }, or close answering now { closeNow: true }' })
  @ApiResponse({ status: 200, description: 'the session after the change; its live room gets session:state' })
  @ApiResponse({ status: 400, description: 'session/invalid-closes-at: not a future ISO 8601 date-time with a zone' })
  @ApiResponse({ status: 409, description: 'session/closed, or session/answering-closed: the closing time has already passed' })
  @ApiResponse(SESSION_NOT_FOUND)
  update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body({ schema: ZUpdateSessionRequest }) body: TUpdateSessionRequest): Promise<TSession> {
    return this.sessions.updateClosing(user.id, id, body);
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a session with its participants, answers, answer receipts and share links; its live sockets get session:closed and are disconnected' })
  @ApiResponse(SESSION_NOT_FOUND)
  delete(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<void> {
    return this.sessions.delete(user.id, id);
  }

  @Post('sessions/:id/actions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Control the session: start, close, open, lock, reveal, hide, goto, next, previous, next-round (with an optional label, e.g. "live")' })
  @ApiResponse({ status: 200, description: 'the session after the action' })
  @ApiResponse({ status: 409, description: 'session/invalid-state or session/closed: not allowed now, with why' })
  @ApiResponse({ status: 404, description: 'session/not-found or concern/not-found' })
  act(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body({ schema: ZSessionAction }) body: TSessionActionRequest): Promise<TSession> {
    return this.sessions.act(user.id, id, body);
  }
}

import { Body, Param } from '@nestjs/common';
import { type TDecision, type TDecisionList, type TDecisionRequest, ZDecisionRequest } from '@thinline/shared';
import { CurrentUser } from '../auth/auth.guard.js';
import { FacilitatorController } from '../auth/signed-in.decorator.js';
import type { AuthUser } from '../auth/auth.service.js';
import { DecisionsService } from './decisions.service.js';
import { Endpoint } from '../../common/http/endpoint.decorator.js';

const NOT_FOUND = { status: 404, description: 'session/not-found (or another facilitator\'s) or concern/not-found' } as const;
const LOBBY = { status: 409, description: 'session/invalid-state: the session is still in its lobby' } as const;

@FacilitatorController('decisions', 'api')
export class DecisionsController {
  constructor(private readonly decisions: DecisionsService) {}

  @Endpoint('GET', { path: 'sessions/:id/decisions', summary: 'The session\'s decisions (with what each replaced) and, per concern, the room\'s RACI checks and the picker\'s proposal', responses: [NOT_FOUND] })
  list(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<TDecisionList> {
    return this.decisions.listForOwner(user.id, id);
  }

  @Endpoint('PUT', { path: 'sessions/:id/decisions/:concernId', summary: 'Decide a concern: a RACI over the session\'s roles with exactly one A (an A alone is also the R), optional rationale and dissent; replaces and keeps the earlier decision', responses: [{ status: 400, description: 'decision/invalid: names the broken rule (no-accountable, several-accountable, unknown-role); validation/invalid: shape or text over 2000 characters' }, NOT_FOUND, LOBBY] })
  decide(@CurrentUser() user: AuthUser, @Param('id') id: string, @Param('concernId') concernId: string, @Body({ schema: ZDecisionRequest }) body: TDecisionRequest): Promise<TDecision> {
    return this.decisions.decide(user, id, concernId, body);
  }

  @Endpoint('DELETE', { path: 'sessions/:id/decisions/:concernId', status: 204, summary: 'Remove a concern\'s decision (kept in its history); 204 also when it had none', responses: [NOT_FOUND, LOBBY] })
  undecide(@CurrentUser() user: AuthUser, @Param('id') id: string, @Param('concernId') concernId: string): Promise<void> {
    return this.decisions.undecide(user, id, concernId);
  }
}

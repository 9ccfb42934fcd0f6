import { Param } from '@nestjs/common';
import type { TAuditLog } from '@thinline/shared';
import { CurrentUser } from '../auth/auth.guard.js';
import type { AuthUser } from '../auth/auth.service.js';
import { FacilitatorController } from '../auth/signed-in.decorator.js';
import { AuditService } from './audit.service.js';
import { Endpoint } from '../../common/http/endpoint.decorator.js';

@FacilitatorController('sessions', 'api/sessions')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Endpoint('GET', { path: ':id/audit', summary: 'The session\'s audit log, oldest first: who started, paced, revealed, decided, shared, exported and closed what, and when', responses: [{ status: 404, description: 'session/not-found' }, { status: 403, description: 'access/read-only: an org viewer (the log is for the owner and co-facilitators)' }] })
  list(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<TAuditLog> {
    return this.audit.forSession(user.id, id);
  }
}

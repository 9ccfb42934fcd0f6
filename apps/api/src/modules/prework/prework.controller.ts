import { Param } from '@nestjs/common';
import type { TSessionProgress } from '@thinline/shared';
import { CurrentUser } from '../auth/auth.guard.js';
import type { AuthUser } from '../auth/auth.service.js';
import { FacilitatorController } from '../auth/signed-in.decorator.js';
import { PreworkService } from './prework.service.js';
import { Endpoint } from '../../common/http/endpoint.decorator.js';

@FacilitatorController('sessions', 'api')
export class PreworkController {
  constructor(private readonly prework: PreworkService) {}

  @Endpoint('GET', { path: 'sessions/:id/progress', summary: 'Pre-work progress: per own role, how many answered all, some or none of the current round\'s concerns (counts only)', responses: [{ status: 404, description: 'session/not-found' }] })
  progress(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<TSessionProgress> {
    return this.prework.progress(user.id, id);
  }
}

import { Injectable } from '@nestjs/common';
import { ZPresenterCommand } from '@thinline/shared';
import { DomainEvents } from '../../common/domain-events/domain-events.js';
import { AppError, describeIssues } from '../../common/errors/app-error.js';
import { AccessService } from '../access/access.service.js';
import type { LiveClient } from './live-client.js';

/**
 * `presenter:command`: the control room turns the projectors' pages and views. Only a
 * facilitator who may run the session sends one (a projector by link, a report viewer or a
 * read-only org viewer is refused); the live broadcaster hands it to every presenter of the
 * session on every process.
 */
@Injectable()
export class PresenterCommandService {
  constructor(
    private readonly access: AccessService,
    private readonly events: DomainEvents,
  ) {}

  async command(client: LiveClient, payload: unknown): Promise<Record<string, never>> {
    if (client.kind !== 'presenter') throw new AppError('access/read-only', 'This screen only shows the session: pace it from the control room.');
    const parsed = ZPresenterCommand.safeParse(payload ?? {});
    if (!parsed.success) throw new AppError('validation/invalid', describeIssues(parsed.error.issues));
    await this.access.session(client.userId, client.sessionId, 'run');
    this.events.emit('presenter.commanded', { sessionId: client.sessionId, command: parsed.data });
    return {};
  }
}

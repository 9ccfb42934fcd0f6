import { Injectable, Logger } from '@nestjs/common';
import { type TPhonePageData, readJoinCode } from '@thinline/shared';
import { AppError } from '../../common/errors/app-error.js';
import { LiveAuthService } from './live-auth.service.js';
import { LiveService } from './live.service.js';

/**
 * What the phone page for /j/CODE carries (issue 23): the session's public data, so the
 * join screen shows as soon as the page's script runs instead of after the socket's
 * connection, upgrade, handshake and `participant:join` (four round trips on a venue's
 * Wi-Fi); or, for a code that opens no session, the handshake's refusal, so the phone
 * shows it without connecting. The code goes through the same wrong-code door as the
 * handshake: a page view with a wrong code spends the address's guess, and an address out
 * of guesses gets a page without data (its socket is then refused as before).
 */
const PAGE_REFUSALS: ReadonlySet<string> = new Set(['session/not-found', 'session/closed']);

@Injectable()
export class PhonePageService {
  private readonly logger = new Logger(PhonePageService.name);

  constructor(
    private readonly auth: LiveAuthService,
    private readonly live: LiveService,
  ) {}

  /** null: nothing to add (not a join code, the limit spent, the database away). */
  async data(code: string, ip: string): Promise<TPhonePageData | null> {
    const joinCode = readJoinCode(code);
    if (!joinCode) return null;
    try {
      const sessionId = await this.auth.openSessionId(joinCode, ip);
      const session = await this.live.publicSession(sessionId);
      return session ? { joinCode, session } : null;
    } catch (err) {
      // the refusals a handshake with this code would get: a wrong code, or a session that closed
      if (err instanceof AppError && PAGE_REFUSALS.has(err.code)) return { joinCode, refusal: err.toBody() };
      if (!(err instanceof AppError)) this.logger.warn(`Phone page data for ${joinCode} failed: ${(err as Error).message}`);
      return null;
    }
  }
}

import { Injectable } from '@nestjs/common';
import { DEFAULT_LOCALE, type TLocale, type TWorkshopHistory, buildWorkshopHistory } from '@thinline/shared';
import { AppError } from '../../common/errors/app-error.js';
import { translator } from '../../i18n/translator.js';
import { AccessService } from '../access/access.service.js';
import { HistoryRepository } from './history.repository.js';
import { historyText } from './history-text.js';

export const HISTORY_FILE_FORMAT = 'thinline.history/v1';

/** A workshop's history for whoever may read the workshop (its owner, its org's members); anyone else gets 404 workshop/not-found. */
@Injectable()
export class HistoryService {
  constructor(
    private readonly repository: HistoryRepository,
    private readonly access: AccessService,
  ) {}

  /** The history; its sentences in `locale`, else in the latest session's language, as that session's exports speak. */
  async history(userId: string, workshopId: string, locale?: TLocale): Promise<TWorkshopHistory> {
    await this.access.workshop(userId, workshopId, 'read');
    const record = await this.repository.sessions(workshopId);
    if (!record) throw new AppError('workshop/not-found', 'This workshop does not exist, or it is not yours.');
    const latest = record.sessions.reduce<(typeof record.sessions)[number] | undefined>((a, s) => (!a || s.session.date > a.session.date ? s : a), undefined);
    return buildWorkshopHistory({ id: workshopId, title: record.title }, record.sessions, historyText(translator(locale ?? latest?.locale ?? DEFAULT_LOCALE)));
  }

  /** The same history as a file that says what it is and when it was made. */
  async file(userId: string, workshopId: string, locale?: TLocale): Promise<TWorkshopHistory & { format: string; generatedAt: string }> {
    return { format: HISTORY_FILE_FORMAT, generatedAt: new Date().toISOString(), ...(await this.history(userId, workshopId, locale)) };
  }
}

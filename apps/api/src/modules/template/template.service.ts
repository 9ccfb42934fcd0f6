import { Injectable } from '@nestjs/common';
import type { TLocale, TTemplate } from '@thinline/shared';
import { AppError } from '../../common/errors/app-error.js';
import { TemplateRepository } from './template.repository.js';

@Injectable()
export class TemplateService {
  constructor(private readonly repository: TemplateRepository) {}

  /** The built-in templates in `locale` (English by default). */
  list(locale?: TLocale): TTemplate[] {
    return this.repository.list(locale);
  }

  /** 404 template/not-found for an id that is not a built-in template. */
  get(id: string, locale?: TLocale): TTemplate {
    const template = this.repository.find(id, locale);
    if (!template) throw new AppError('template/not-found', `There is no template "${id}". GET /api/templates lists them.`);
    return template;
  }
}

import { Injectable } from '@nestjs/common';
import type { TTemplate } from '@thinline/shared';
import { AppError } from '../../common/errors/app-error.js';
import { TemplateRepository } from './template.repository.js';

@Injectable()
export class TemplateService {
  constructor(private readonly repository: TemplateRepository) {}

  list(): TTemplate[] {
    return this.repository.list();
  }

  /** 404 template/not-found for an id that is not a built-in template. */
  get(id: string): TTemplate {
    const template = this.repository.find(id);
    if (!template) throw new AppError('template/not-found', `There is no template "${id}". GET /api/templates lists them.`);
    return template;
  }
}

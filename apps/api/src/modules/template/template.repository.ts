import { Injectable } from '@nestjs/common';
import { DEFAULT_LOCALE, type TLocale, type TTemplate, TEMPLATES_BY_LOCALE, findTemplate } from '@thinline/shared';

/** The built-in templates ship with the code (packages/shared/src/templates), not in the database. */
@Injectable()
export class TemplateRepository {
  list(locale: TLocale = DEFAULT_LOCALE): TTemplate[] {
    return TEMPLATES_BY_LOCALE[locale];
  }

  find(id: string, locale: TLocale = DEFAULT_LOCALE): TTemplate | undefined {
    return findTemplate(id, locale);
  }
}

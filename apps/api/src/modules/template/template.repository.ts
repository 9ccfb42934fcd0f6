import { Injectable } from '@nestjs/common';
import { findTemplate, type TTemplate, TEMPLATES } from '@thinline/shared';

/** The built-in templates ship with the code (packages/shared/src/templates), not in the database. */
@Injectable()
export class TemplateRepository {
  list(): TTemplate[] {
    return TEMPLATES;
  }

  find(id: string): TTemplate | undefined {
    return findTemplate(id);
  }
}

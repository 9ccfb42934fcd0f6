import { Query } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { LOCALES, type TTemplate, type TTemplatesQuery, ZTemplatesQuery } from '@thinline/shared';
import { FacilitatorController } from '../auth/signed-in.decorator.js';
import { TemplateService } from './template.service.js';
import { Endpoint } from '../../common/http/endpoint.decorator.js';

@FacilitatorController('templates', 'api/templates')
export class TemplateController {
  constructor(private readonly templates: TemplateService) {}

  @Endpoint('GET', { summary: 'The built-in workshop templates (including "de-vs-mlops") a facilitator can start from, in the language `locale` asks for' })
  @ApiQuery({ name: 'locale', required: false, enum: LOCALES, description: 'the templates in this language (default en)' })
  list(@Query({ schema: ZTemplatesQuery }) query: TTemplatesQuery): TTemplate[] {
    return this.templates.list(query.locale);
  }
}

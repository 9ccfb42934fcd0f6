import type { TTemplate } from '@thinline/shared';
import { FacilitatorController } from '../auth/signed-in.decorator.js';
import { TemplateService } from './template.service.js';
import { Endpoint } from '../../common/http/endpoint.decorator.js';

@FacilitatorController('templates', 'api/templates')
export class TemplateController {
  constructor(private readonly templates: TemplateService) {}

  @Endpoint('GET', { summary: 'The built-in workshop templates (including "de-vs-mlops") a facilitator can start from' })
  list(): TTemplate[] {
    return this.templates.list();
  }
}

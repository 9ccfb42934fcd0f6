import { Get } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { TTemplate } from '@thinline/shared';
import { FacilitatorController } from '../auth/signed-in.decorator.js';
import { TemplateService } from './template.service.js';

@FacilitatorController('templates', 'api/templates')
export class TemplateController {
  constructor(private readonly templates: TemplateService) {}

  @Get()
  @ApiOperation({ summary: 'The built-in workshop templates (including "de-vs-mlops") a facilitator can start from' })
  list(): TTemplate[] {
    return this.templates.list();
  }
}

import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { TTemplate } from '@thinline/shared';
import { AuthGuard } from '../auth/auth.guard.js';
import { TemplateService } from './template.service.js';

@ApiTags('templates')
@ApiCookieAuth()
@UseGuards(AuthGuard)
@Controller('api/templates')
export class TemplateController {
  constructor(private readonly templates: TemplateService) {}

  @Get()
  @ApiOperation({ summary: 'The built-in workshop templates (including "de-vs-mlops") a facilitator can start from' })
  list(): TTemplate[] {
    return this.templates.list();
  }
}

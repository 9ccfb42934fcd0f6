import { Controller, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type HealthReport, HealthService } from './health.service.js';
import { Endpoint } from '../../common/http/endpoint.decorator.js';

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Endpoint('GET', { summary: '200 when the database is up, 503 when it is not; says whether Redis is reachable' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    const report = await this.health.check();
    if (report.database === 'down') res.status(503);
    return report;
  }
}

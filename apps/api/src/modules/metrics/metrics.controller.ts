import { Controller, Get, Header, Headers, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../common/errors/app-error.js';
import { CONFIG, type Config } from '../../config/config.js';
import { MetricsService } from './metrics.service.js';

@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  private readonly tokenDigest: Buffer | null;

  constructor(
    private readonly metrics: MetricsService,
    @Inject(CONFIG) config: Config,
  ) {
    this.tokenDigest = config.METRICS_TOKEN ? digest(config.METRICS_TOKEN) : null;
  }

  /** With METRICS_TOKEN set, only a scraper that sends `Authorization: Bearer <token>` reads the metrics. */
  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4')
  scrape(@Headers('authorization') authorization: string | undefined): Promise<string> {
    if (this.tokenDigest) {
      const presented = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1]?.trim();
      // Compared as digests of equal length, in constant time: the answer's timing says nothing about the token.
      if (!presented || !timingSafeEqual(digest(presented), this.tokenDigest)) {
        throw new AppError('auth/required', 'Send the metrics token: Authorization: Bearer <METRICS_TOKEN>.');
      }
    }
    return this.metrics.registry.metrics();
  }
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

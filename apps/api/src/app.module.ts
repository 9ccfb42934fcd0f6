import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { DomainEventsModule } from './common/domain-events/domain-events.module.js';
import { AppExceptionFilter } from './common/errors/app-exception.filter.js';
import { OriginGuard } from './common/http/origin.guard.js';
import { createValidationPipe } from './common/http/validation.js';
import { CONFIG, type Config } from './config/config.js';
import { AccessModule } from './modules/access/access.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { OidcModule } from './modules/auth/oidc/oidc.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { CompareModule } from './modules/compare/compare.module.js';
import { HistoryModule } from './modules/history/history.module.js';
import { DecisionsModule } from './modules/decisions/decisions.module.js';
import { ExportModule } from './modules/export/export.module.js';
import { FollowUpsModule } from './modules/follow-ups/follow-ups.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { HeatmapModule } from './modules/heatmap/heatmap.module.js';
import { LiveModule } from './modules/live/live.module.js';
import { LocaleModule } from './modules/locale/locale.module.js';
import { MetricsModule } from './modules/metrics/metrics.module.js';
import { OrganisationModule } from './modules/organisation/organisation.module.js';
import { PreworkModule } from './modules/prework/prework.module.js';
import { RateLimitModule } from './modules/rate-limit/rate-limit.module.js';
import { RealtimeModule } from './modules/realtime/realtime.module.js';
import { ReportModule } from './modules/report/report.module.js';
import { RetentionModule } from './modules/retention/retention.module.js';
import { SessionModule } from './modules/session/session.module.js';
import { TemplateModule } from './modules/template/template.module.js';
import { WorkshopModule } from './modules/workshop/workshop.module.js';
import { PrismaModule } from './prisma/prisma.module.js';

@Module({})
export class AppModule {
  static forRoot(config: Config): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            // Health probes and metrics scrapes would drown everything else.
            autoLogging: { ignore: (req) => req.url === '/api/health' || req.url === '/metrics' },
            redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
            serializers: {
              req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
          },
        }),
        PrismaModule,
        DomainEventsModule,
        MetricsModule,
        RealtimeModule,
        RateLimitModule,
        HealthModule,
        LocaleModule,
        AccessModule,
        AuthModule,
        TemplateModule,
        WorkshopModule,
        SessionModule,
        OrganisationModule,
        AuditModule,
        OidcModule,
        HeatmapModule,
        ReportModule,
        CompareModule,
        HistoryModule,
        DecisionsModule,
        FollowUpsModule,
        ExportModule,
        LiveModule,
        RetentionModule,
        PreworkModule,
      ],
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
        { provide: APP_GUARD, useClass: OriginGuard },
      ],
      exports: [CONFIG],
    };
  }
}

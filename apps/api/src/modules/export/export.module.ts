import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { DecisionsModule } from '../decisions/decisions.module.js';
import { FollowUpsModule } from '../follow-ups/follow-ups.module.js';
import { HeatmapModule } from '../heatmap/heatmap.module.js';
import { ReportModule } from '../report/report.module.js';
import { SessionModule } from '../session/session.module.js';
import { SnapshotModule } from '../snapshot/snapshot.module.js';
import { ExportController } from './export.controller.js';
import { ExportRepository } from './export.repository.js';
import { ExportService } from './export.service.js';

@Module({
  imports: [AuthModule, AuditModule, DecisionsModule, FollowUpsModule, HeatmapModule, ReportModule, SessionModule, SnapshotModule],
  controllers: [ExportController],
  providers: [ExportService, ExportRepository],
})
export class ExportModule {}

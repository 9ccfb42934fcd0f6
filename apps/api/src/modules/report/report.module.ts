import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { DecisionsModule } from '../decisions/decisions.module.js';
import { FollowUpsModule } from '../follow-ups/follow-ups.module.js';
import { HeatmapModule } from '../heatmap/heatmap.module.js';
import { SessionModule } from '../session/session.module.js';
import { SnapshotModule } from '../snapshot/snapshot.module.js';
import { ReportController } from './report.controller.js';
import { PresenterLinkController } from './presenter-link.controller.js';
import { PresenterLinkService } from './presenter-link.service.js';
import { ReportService } from './report.service.js';
import { ShareLinkRepository } from './share-link.repository.js';

@Module({
  imports: [AuthModule, HeatmapModule, SessionModule, SnapshotModule, DecisionsModule, FollowUpsModule],
  controllers: [ReportController, PresenterLinkController],
  providers: [ReportService, PresenterLinkService, ShareLinkRepository],
  exports: [ReportService],
})
export class ReportModule {}

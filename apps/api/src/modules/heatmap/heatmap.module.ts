import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { SessionModule } from '../session/session.module.js';
import { SnapshotModule } from '../snapshot/snapshot.module.js';
import { HeatmapController } from './heatmap.controller.js';
import { HeatmapRepository } from './heatmap.repository.js';
import { HeatmapService } from './heatmap.service.js';
import { LiveTallyService } from './live-tally.service.js';

@Module({
  imports: [AuthModule, SessionModule, SnapshotModule],
  controllers: [HeatmapController],
  providers: [HeatmapService, HeatmapRepository, LiveTallyService],
  exports: [HeatmapService, LiveTallyService],
})
export class HeatmapModule {}

import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { HeatmapModule } from '../heatmap/heatmap.module.js';
import { SessionModule } from '../session/session.module.js';
import { CompareController } from './compare.controller.js';
import { CompareService } from './compare.service.js';

/** Comparison of two sessions (the manager's difference heatmap); reads only, through the heatmap and session services. */
@Module({
  imports: [AuthModule, SessionModule, HeatmapModule],
  controllers: [CompareController],
  providers: [CompareService],
})
export class CompareModule {}

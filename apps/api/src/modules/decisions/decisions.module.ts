import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { HeatmapModule } from '../heatmap/heatmap.module.js';
import { SessionModule } from '../session/session.module.js';
import { SnapshotModule } from '../snapshot/snapshot.module.js';
import { DecisionsController } from './decisions.controller.js';
import { DecisionsRepository } from './decisions.repository.js';
import { DecisionsService } from './decisions.service.js';

/** Decisions per concern. Exports the service: reports, exports and the live broadcaster read them. */
@Module({
  imports: [AuthModule, SessionModule, SnapshotModule, HeatmapModule],
  controllers: [DecisionsController],
  providers: [DecisionsService, DecisionsRepository],
  exports: [DecisionsService],
})
export class DecisionsModule {}

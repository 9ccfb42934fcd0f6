import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { WorkshopModule } from '../workshop/workshop.module.js';
import { FollowUpsController } from './follow-ups.controller.js';
import { FollowUpsRepository } from './follow-ups.repository.js';
import { FollowUpsService } from './follow-ups.service.js';

/** Follow-ups of a workshop. Exports the service: the session state, reports and exports list them. */
@Module({
  imports: [AuthModule, WorkshopModule],
  controllers: [FollowUpsController],
  providers: [FollowUpsService, FollowUpsRepository],
  exports: [FollowUpsService],
})
export class FollowUpsModule {}

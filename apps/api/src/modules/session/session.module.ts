import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { FollowUpsModule } from '../follow-ups/follow-ups.module.js';
import { WorkshopModule } from '../workshop/workshop.module.js';
import { SessionController } from './session.controller.js';
import { SessionRepository } from './session.repository.js';
import { SessionService } from './session.service.js';

/** Sessions and their live control. Exports SessionService: the live module, heatmaps, reports, exports and comparisons read sessions through it. */
@Module({
  imports: [AuthModule, WorkshopModule, FollowUpsModule],
  controllers: [SessionController],
  providers: [SessionService, SessionRepository],
  exports: [SessionService],
})
export class SessionModule {}

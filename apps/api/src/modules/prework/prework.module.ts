import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { SessionModule } from '../session/session.module.js';
import { ClosingScheduler } from './closing-scheduler.js';
import { PreworkController } from './prework.controller.js';
import { PreworkRepository } from './prework.repository.js';
import { PreworkService } from './prework.service.js';

/** Pre-work: the closing time's announcement on every process, and progress by role. The closing time itself is a session setting (SessionService.updateClosing). */
@Module({
  imports: [AuthModule, SessionModule],
  controllers: [PreworkController],
  providers: [PreworkService, PreworkRepository, ClosingScheduler],
})
export class PreworkModule {}

import { Module } from '@nestjs/common';
import { AnswerModule } from '../answer/answer.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { DecisionsModule } from '../decisions/decisions.module.js';
import { HeatmapModule } from '../heatmap/heatmap.module.js';
import { ParticipantModule } from '../participant/participant.module.js';
import { ReportModule } from '../report/report.module.js';
import { SessionModule } from '../session/session.module.js';
import { SnapshotModule } from '../snapshot/snapshot.module.js';
import { OriginGuard } from '../../common/http/origin.guard.js';
import { LiveAuthService } from './live-auth.service.js';
import { LiveBroadcaster } from './live-broadcaster.js';
import { LiveGateway } from './live.gateway.js';
import { LiveService } from './live.service.js';
import { PhonePageService } from './phone-page.service.js';
import { PresenceRepository } from './presence.repository.js';
import { PresenterCommandService } from './presenter-command.service.js';

@Module({
  imports: [AnswerModule, AuthModule, DecisionsModule, HeatmapModule, ParticipantModule, ReportModule, SessionModule, SnapshotModule],
  providers: [LiveGateway, LiveService, PresenterCommandService, LiveAuthService, LiveBroadcaster, PresenceRepository, OriginGuard, PhonePageService],
  exports: [PhonePageService],
})
export class LiveModule {}

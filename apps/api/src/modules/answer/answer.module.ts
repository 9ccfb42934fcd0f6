import { Module } from '@nestjs/common';
import { SnapshotModule } from '../snapshot/snapshot.module.js';
import { AnswerRepository } from './answer.repository.js';
import { AnswerService } from './answer.service.js';
import { AnswerWriter } from './answer-writer.js';

@Module({
  imports: [SnapshotModule],
  providers: [AnswerService, AnswerWriter, AnswerRepository],
  exports: [AnswerService],
})
export class AnswerModule {}

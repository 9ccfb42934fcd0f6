import { Module } from '@nestjs/common';
import { SnapshotRepository } from './snapshot.repository.js';
import { SnapshotService } from './snapshot.service.js';

@Module({ providers: [SnapshotService, SnapshotRepository], exports: [SnapshotService] })
export class SnapshotModule {}

import { Module } from '@nestjs/common';
import { ParticipantRepository } from './participant.repository.js';
import { ParticipantService } from './participant.service.js';

@Module({ providers: [ParticipantService, ParticipantRepository], exports: [ParticipantService] })
export class ParticipantModule {}

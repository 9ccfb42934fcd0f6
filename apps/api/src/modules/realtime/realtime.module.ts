import { Global, Module } from '@nestjs/common';
import { DomainEvents } from './domain-events.js';
import { RealtimeStatus } from './realtime-status.js';

@Global()
@Module({ providers: [RealtimeStatus, DomainEvents], exports: [RealtimeStatus, DomainEvents] })
export class RealtimeModule {}

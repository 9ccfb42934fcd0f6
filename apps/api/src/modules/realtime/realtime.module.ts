import { Global, Module } from '@nestjs/common';
import { RealtimeStatus } from './realtime-status.js';

@Global()
@Module({ providers: [RealtimeStatus], exports: [RealtimeStatus] })
export class RealtimeModule {}

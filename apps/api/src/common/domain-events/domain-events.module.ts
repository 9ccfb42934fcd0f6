import { Global, Module } from '@nestjs/common';
import { DomainEvents } from './domain-events.js';

/** The one in-process event bus, global so that any service can announce what it committed. */
@Global()
@Module({ providers: [DomainEvents], exports: [DomainEvents] })
export class DomainEventsModule {}

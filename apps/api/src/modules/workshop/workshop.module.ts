import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { TemplateModule } from '../template/template.module.js';
import { WorkshopController } from './workshop.controller.js';
import { WorkshopRepository } from './workshop.repository.js';
import { WorkshopService } from './workshop.service.js';

@Module({
  imports: [AuthModule, TemplateModule],
  controllers: [WorkshopController],
  providers: [WorkshopService, WorkshopRepository],
  exports: [WorkshopService],
})
export class WorkshopModule {}

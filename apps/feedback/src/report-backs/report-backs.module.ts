import { Module } from '@nestjs/common';
import { EngagementsModule } from '../engagements/engagements.module.js';
import { SynthesesModule } from '../syntheses/syntheses.module.js';
import { ReportBackHandlers } from './report-back.handlers.js';
import { ReportBackRepository } from './report-back.repository.js';
import { ReportBackService } from './report-back.service.js';

@Module({
  imports: [EngagementsModule, SynthesesModule],
  controllers: [ReportBackHandlers],
  providers: [ReportBackRepository, ReportBackService],
  exports: [ReportBackService],
})
export class ReportBacksModule {}

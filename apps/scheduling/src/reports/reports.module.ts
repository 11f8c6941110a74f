import { Module } from '@nestjs/common';
import { EngagementsModule } from '../engagements/engagements.module.js';
import { OrganizationReferencesModule } from '../organizations/organization-references.module.js';
import { ReportHandlers } from './report.handlers.js';
import { ReportService } from './report.service.js';

@Module({
  imports: [EngagementsModule, OrganizationReferencesModule],
  controllers: [ReportHandlers],
  providers: [ReportService],
})
export class ReportsModule {}

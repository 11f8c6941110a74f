import { Module } from '@nestjs/common';
import { EngagementsModule } from '../engagements/engagements.module.js';
import { OrganizationReferencesModule } from '../organizations/organization-references.module.js';
import { CoordinationFindingsService } from './coordination-findings.service.js';
import { CoordinationHandlers } from './coordination.handlers.js';
import { TriageService } from './triage.service.js';

@Module({
  imports: [EngagementsModule, OrganizationReferencesModule],
  controllers: [CoordinationHandlers],
  providers: [CoordinationFindingsService, TriageService],
})
export class CoordinationModule {}

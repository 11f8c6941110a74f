import { Module } from '@nestjs/common';
import { IdempotencyRepository } from '#libs/persistence';
import { CoordinationRepository } from '../coordination/coordination.repository.js';
import { CoordinationService } from '../coordination/coordination.service.js';
import { SuggestionService } from '../coordination/suggestion.service.js';
import { TriageHistoryRepository } from '../coordination/triage-history.repository.js';
import { OrganizationReferencesModule } from '../organizations/organization-references.module.js';
import { EngagementIntakeHandlers } from './engagement-intake.handlers.js';
import { EngagementHandlers } from './engagement.handlers.js';
import { EngagementRepository } from './engagement.repository.js';
import { EngagementStatusChangeRepository } from './engagement-status-change.repository.js';
import { EngagementService } from './engagement.service.js';

@Module({
  imports: [OrganizationReferencesModule],
  controllers: [EngagementHandlers, EngagementIntakeHandlers],
  providers: [EngagementRepository, EngagementStatusChangeRepository, IdempotencyRepository, CoordinationRepository, TriageHistoryRepository, CoordinationService, EngagementService, SuggestionService],
  exports: [EngagementRepository, EngagementService, CoordinationRepository, TriageHistoryRepository, CoordinationService],
})
export class EngagementsModule {}

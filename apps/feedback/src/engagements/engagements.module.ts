import { Module } from '@nestjs/common';
import { EngagementReferenceRepository } from './engagement-reference.repository.js';
import { EngagementReferenceService } from './engagement-reference.service.js';
import { EngagementHandlers } from './engagement.handlers.js';

@Module({
  controllers: [EngagementHandlers],
  providers: [EngagementReferenceRepository, EngagementReferenceService],
  exports: [EngagementReferenceRepository],
})
export class EngagementsModule {}

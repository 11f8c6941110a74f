import { Module, type DynamicModule } from '@nestjs/common';
import { CoordinationRepository } from '../coordination/coordination.repository.js';
import { CoordinationService } from '../coordination/coordination.service.js';
import { OrganizationReferencesModule } from '../organizations/organization-references.module.js';
import { SCHEDULING_SETTINGS, type SchedulingSettings } from '../scheduling-settings.js';
import { EngagementHandlers } from './engagement.handlers.js';
import { EngagementRepository } from './engagement.repository.js';
import { EngagementService } from './engagement.service.js';
import { IdempotencyRepository } from './idempotency.repository.js';

@Module({})
export class EngagementsModule {
  static forRoot(settings: SchedulingSettings): DynamicModule {
    return {
      module: EngagementsModule,
      imports: [OrganizationReferencesModule],
      controllers: [EngagementHandlers],
      providers: [
        { provide: SCHEDULING_SETTINGS, useValue: settings },
        EngagementRepository,
        IdempotencyRepository,
        CoordinationRepository,
        CoordinationService,
        EngagementService,
      ],
      exports: [EngagementRepository, SCHEDULING_SETTINGS],
    };
  }
}

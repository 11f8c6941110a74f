import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceModule, type ServiceAppOptions } from '#libs/messaging';
import { SchedulingEntities, SchedulingMigrations } from './migrations/index.js';
import { OrganizationReferencesModule } from './organizations/organization-references.module.js';

export const SCHEDULING_SERVICE = 'scheduling';

/** Scheduling: engagements across bureaus, conflict, fatigue and coverage analysis, iCalendar feeds. */
@Module({})
export class SchedulingModule {
  static forRoot(options: ServiceAppOptions = {}): DynamicModule {
    return {
      module: SchedulingModule,
      imports: [
        ServiceModule.forService({ service: SCHEDULING_SERVICE, entities: SchedulingEntities, migrations: SchedulingMigrations, ...options }),
        OrganizationReferencesModule,
      ],
    };
  }
}

import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceModule, type ServiceAppOptions } from '#libs/messaging';
import { CalendarsModule } from './calendars/calendars.module.js';
import { CoordinationModule } from './coordination/coordination.module.js';
import { EngagementsModule } from './engagements/engagements.module.js';
import { SchedulingEntities, SchedulingMigrations } from './migrations/index.js';
import { OrganizationReferencesModule } from './organizations/organization-references.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { readSchedulingSettings, SchedulingSettingsModule } from './scheduling-settings.js';

export const SCHEDULING_SERVICE = 'scheduling';

/** Scheduling: engagements across bureaus, conflict, fatigue and coverage analysis, iCalendar feeds. */
@Module({})
export class SchedulingModule {
  static forRoot(options: ServiceAppOptions = {}): DynamicModule {
    const settings = readSchedulingSettings(options.env ?? process.env);
    return {
      module: SchedulingModule,
      imports: [
        ServiceModule.forService({ service: SCHEDULING_SERVICE, entities: SchedulingEntities, migrations: SchedulingMigrations, ...options }),
        SchedulingSettingsModule.forRoot(settings),
        OrganizationReferencesModule,
        EngagementsModule,
        CalendarsModule,
        CoordinationModule,
        ReportsModule,
      ],
    };
  }
}

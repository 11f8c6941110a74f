import { Module } from '@nestjs/common';
import { EngagementsModule } from '../engagements/engagements.module.js';
import { OrganizationReferencesModule } from '../organizations/organization-references.module.js';
import { CalendarHandlers } from './calendar.handlers.js';
import { CalendarService } from './calendar.service.js';

@Module({
  imports: [EngagementsModule, OrganizationReferencesModule],
  controllers: [CalendarHandlers],
  providers: [CalendarService],
})
export class CalendarsModule {}

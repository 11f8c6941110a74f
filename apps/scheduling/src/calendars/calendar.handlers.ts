import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CalendarRequest, SchedulingQueries, type CalendarDocument } from '#libs/contracts';
import { validatedQuery } from '#libs/messaging';
import { CalendarService } from './calendar.service.js';

@Controller()
export class CalendarHandlers {
  constructor(private readonly calendars: CalendarService) {}

  @MessagePattern(SchedulingQueries.calendar)
  async feed(@Payload() body: unknown): Promise<CalendarDocument> {
    return this.calendars.feed(await validatedQuery(CalendarRequest, body));
  }
}

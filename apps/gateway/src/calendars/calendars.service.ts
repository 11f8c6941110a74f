import { Injectable } from '@nestjs/common';
import { SchedulingQueries, type CalendarDocument, type CalendarRequest } from '#libs/contracts';
import { QueryClient } from '#libs/messaging';

/** Calendar feeds are made by the scheduling service; the gateway serves them as text/calendar. */
@Injectable()
export class CalendarsService {
  constructor(private readonly queries: QueryClient) {}

  async feed(request: CalendarRequest): Promise<string> {
    return (await this.queries.ask<CalendarDocument>(SchedulingQueries.calendar, request)).ics;
  }
}

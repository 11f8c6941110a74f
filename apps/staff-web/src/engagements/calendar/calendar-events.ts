import type { EventInput } from '@fullcalendar/core';
import type { Engagement } from '../../api/models';
import { i18n } from '../../i18n';
import { CITY_TIME_ZONE } from '../city-time';
import { statusLabel } from '../labels';

/** The calendar's views, as the URL names them (`show=`), and FullCalendar's names for them. */
export const CALENDAR_VIEWS = { month: 'dayGridMonth', week: 'timeGridWeek', agenda: 'listMonth' } as const;
export type CalendarView = keyof typeof CALENDAR_VIEWS;

export const isCalendarView = (value: string | null): value is CalendarView => value !== null && value in CALENDAR_VIEWS;
export const calendarViewOf = (fullCalendarView: string): CalendarView =>
  (Object.entries(CALENDAR_VIEWS).find(([, name]) => name === fullCalendarView)?.[0] as CalendarView | undefined) ?? 'month';

/** Engagements that will not happen as planned: marked in words and by a pattern, never by colour alone. */
const OFF_SCHEDULE = new Set(['cancelled', 'postponed']);

/** An engagement on the calendar: a link to its page, its status in its title when it is off the schedule. */
export function calendarEvent(engagement: Engagement): EventInput {
  const off = OFF_SCHEDULE.has(engagement.status);
  return {
    id: engagement.id,
    title: off ? i18n.t('engagements:calendar.marked', { status: statusLabel(engagement.status), title: engagement.title }) : engagement.title,
    start: engagement.startsAt,
    end: engagement.endsAt,
    url: `/engagements/${engagement.id}`,
    classNames: ['staff-event', `staff-event--${engagement.status}`],
  };
}

const hourFormat = new Intl.DateTimeFormat('en-US', { timeZone: CITY_TIME_ZONE, hour: 'numeric', hourCycle: 'h23' });
const hourOf = (instant: string): number => Number(hourFormat.format(new Date(instant)));
const clock = (hour: number): string => `${String(hour).padStart(2, '0')}:00:00`;

/**
 * The hours the week view shows: the working day (8 AM to 9 PM, when most engagements run) widened
 * to hold every engagement in view, so none is hidden and no empty night hours push the day down.
 */
export function visibleHours(engagements: Engagement[]): { slotMinTime: string; slotMaxTime: string } {
  let first = 8;
  let last = 21;
  for (const e of engagements) {
    const start = hourOf(e.startsAt);
    const end = hourOf(e.endsAt);
    first = Math.min(first, start);
    // An engagement running past midnight (or ending on a later day) needs the day's end.
    last = Math.max(last, end < start || Date.parse(e.endsAt) - Date.parse(e.startsAt) >= 86_400_000 ? 24 : end + 1);
  }
  return { slotMinTime: clock(first), slotMaxTime: clock(Math.min(last, 24)) };
}

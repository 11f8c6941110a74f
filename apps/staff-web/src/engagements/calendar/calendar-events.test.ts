import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../api/models';
import { narrowed } from '../filters';
import { calendarEvent, calendarViewOf, visibleHours } from './calendar-events';

const engagement = (status: string, startsAt: string, endsAt: string) =>
  ({ id: 'e1', title: 'Lombard Street safety open house', status, startsAt, endsAt }) as Engagement;

describe('engagements on the calendar', () => {
  it('links each engagement to its page and names a cancelled or postponed one in its title, not by colour alone', () => {
    expect(calendarEvent(engagement('scheduled', '2027-03-03T02:00:00Z', '2027-03-03T04:00:00Z'))).toEqual({
      id: 'e1',
      title: 'Lombard Street safety open house',
      start: '2027-03-03T02:00:00Z',
      end: '2027-03-03T04:00:00Z',
      url: '/engagements/e1',
      classNames: ['staff-event', 'staff-event--scheduled'],
    });
    expect(calendarEvent(engagement('cancelled', '2027-03-03T02:00:00Z', '2027-03-03T04:00:00Z')).title).toBe('Cancelled: Lombard Street safety open house');
    expect(calendarEvent(engagement('postponed', '2027-03-03T02:00:00Z', '2027-03-03T04:00:00Z')).classNames).toEqual(['staff-event', 'staff-event--postponed']);
  });

  it('shows the working day in the week view, widened in Pacific Time to hold every engagement', () => {
    expect(visibleHours([])).toEqual({ slotMinTime: '08:00:00', slotMaxTime: '21:00:00' });
    // 6:30 AM to 8:00 AM PST, and 9 PM to 10:30 PM PDT.
    expect(visibleHours([engagement('scheduled', '2027-01-05T14:30:00Z', '2027-01-05T16:00:00Z'), engagement('scheduled', '2027-07-01T04:00:00Z', '2027-07-01T05:30:00Z')])).toEqual({
      slotMinTime: '06:00:00',
      slotMaxTime: '23:00:00',
    });
    // Past midnight: the whole evening.
    expect(visibleHours([engagement('scheduled', '2027-01-06T06:00:00Z', '2027-01-06T09:00:00Z')]).slotMaxTime).toBe('24:00:00');
  });

  it('names FullCalendar’s views as the URL does', () => {
    expect(['dayGridMonth', 'timeGridWeek', 'listMonth', 'unknown'].map(calendarViewOf)).toEqual(['month', 'week', 'agenda', 'month']);
  });

  it('asks only for the days both the view and the filters cover', () => {
    const view = { from: '2027-02-28T00:00:00-08:00', to: '2027-04-11T00:00:00-07:00' };
    expect(narrowed({}, view)).toEqual(view);
    expect(narrowed({ from: '2027-03-10T00:00:00-08:00' }, view)).toEqual({ from: '2027-03-10T00:00:00-08:00', to: view.to });
    expect(narrowed({ from: '2027-01-01T00:00:00-08:00', to: '2027-03-20T00:00:00-07:00' }, view)).toEqual({ from: view.from, to: '2027-03-20T00:00:00-07:00' });
  });
});

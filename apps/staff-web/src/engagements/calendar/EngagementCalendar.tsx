import type { DatesSetArg, EventClickArg } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';
import luxonPlugin from '@fullcalendar/luxon3';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { LANGUAGE } from '../../i18n';
import { cityDay, CITY_TIME_ZONE } from '../city-time';
import type { EngagementFilters } from '../filters';
import { useEngagementsInRange } from '../queries';
import { RangeSummary } from '../RangeSummary';
import { calendarEvent, calendarViewOf, CALENDAR_VIEWS, isCalendarView, visibleHours } from './calendar-events';

/** A phone shows the agenda first: a month of seven narrow columns says little at 390 px. */
const narrow = (): boolean => globalThis.matchMedia?.('(max-width: 39.99em)').matches ?? false;

/**
 * Engagements by month, week or as an agenda, in Pacific Time. It asks only for the days in view
 * (narrowed by the filters), and keeps the view and its first day in the URL (`show`, `date`).
 */
export function EngagementCalendar({ filters }: { filters: EngagementFilters }) {
  const { t } = useTranslation('engagements');
  const [search, setSearch] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  // FullCalendar reads its first view and day once; later moves come from its own buttons.
  const [initial] = useState(() => {
    const show = search.get('show');
    return { view: CALENDAR_VIEWS[isCalendarView(show) ? show : narrow() ? 'agenda' : 'month'], date: search.get('date') ?? filters.from };
  });
  const [shown, setShown] = useState<{ from: string; to: string; show: string; date: string } | null>(null);
  const range = useMemo(() => (shown ? { from: shown.from, to: shown.to } : null), [shown]);
  const found = useEngagementsInRange(filters, range);
  const items = useMemo(() => found.data?.items ?? [], [found.data]);
  const events = useMemo(() => items.map(calendarEvent), [items]);
  const back = `${location.pathname}${location.search}`;

  const moved = (arg: DatesSetArg) => setShown({ from: arg.startStr, to: arg.endStr, show: calendarViewOf(arg.view.type), date: cityDay(arg.view.currentStart) });

  useEffect(() => {
    if (!shown) return;
    const next = new URLSearchParams(search);
    next.set('show', shown.show);
    next.set('date', shown.date);
    // Replaced, not pushed: the back button leaves the calendar rather than stepping through its months.
    if (next.toString() !== search.toString()) setSearch(next, { replace: true });
  }, [shown, search, setSearch]);

  const open = (arg: EventClickArg) => {
    arg.jsEvent.preventDefault();
    void navigate(arg.event.url, { state: { back } });
  };

  return (
    <section aria-labelledby="results-summary" aria-busy={found.isFetching} className="staff-results">
      <RangeSummary found={found} period={t('calendar.period')} />
      <div className="staff-calendar-view">
        <FullCalendar
          plugins={[dayGridPlugin, timeGridPlugin, listPlugin, luxonPlugin]}
          timeZone={CITY_TIME_ZONE}
          locale={LANGUAGE}
          initialView={initial.view}
          initialDate={initial.date}
          headerToolbar={{ start: 'prev,next today', center: 'title', end: `${CALENDAR_VIEWS.month},${CALENDAR_VIEWS.week},${CALENDAR_VIEWS.agenda}` }}
          buttonText={{ today: t('calendar.today'), prev: t('calendar.prev'), next: t('calendar.next') }}
          buttonIcons={false}
          eventDisplay="block"
          buttonHints={{ prev: t('calendar.prevHint'), next: t('calendar.nextHint'), today: t('calendar.todayHint') }}
          views={{
            [CALENDAR_VIEWS.month]: { buttonText: t('calendar.month') },
            [CALENDAR_VIEWS.week]: { buttonText: t('calendar.week') },
            [CALENDAR_VIEWS.agenda]: { buttonText: t('calendar.agenda') },
          }}
          noEventsText={t('calendar.none')}
          allDayText={t('calendar.allDay')}
          events={events}
          eventClick={open}
          datesSet={moved}
          height="auto"
          {...visibleHours(items)}
          eventTimeFormat={{ hour: 'numeric', minute: '2-digit', meridiem: 'short' }}
        />
      </div>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { calendarFeed, type EngagementFilters } from './filters';

/** The iCalendar feed for the bureau or council district filtered on, which calendar apps can subscribe to. */
export function CalendarLink({ filters }: { filters: EngagementFilters }) {
  const { t } = useTranslation('engagements');
  const feed = calendarFeed(filters);
  const url = new URL(feed.path, window.location.origin);
  const webcal = `webcal://${url.host}${url.pathname}`;
  return (
    <div className="staff-calendar">
      <a className="usa-link" href={webcal}>
        {t('feed.subscribe', { label: feed.label })}
      </a>
      <span className="staff-subtle">
        {t('feed.address')} <a className="usa-link" href={url.href}>{url.href}</a>
      </span>
    </div>
  );
}

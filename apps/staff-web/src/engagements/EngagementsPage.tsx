import { Button } from '@trussworks/react-uswds';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../app/page-title';
import { useAuth } from '../auth/auth';
import { CalendarLink } from './CalendarLink';
import { EngagementFilterForm } from './EngagementFilterForm';
import { EngagementList } from './EngagementList';
import { filtersFromSearch, isFiltered, searchFromFilters, type EngagementFilters } from './filters';

// The calendar and the map are large: each loads when first shown, not with the table.
const EngagementCalendar = lazy(() => import('./calendar/EngagementCalendar').then((m) => ({ default: m.EngagementCalendar })));
const EngagementMap = lazy(() => import('./map/EngagementMap').then((m) => ({ default: m.EngagementMap })));

export type EngagementsView = 'list' | 'calendar' | 'map';
const VIEW_PATHS: Record<EngagementsView, string> = { list: '/engagements', calendar: '/engagements/calendar', map: '/engagements/map' };

/** Where the calendar is (its view and first day), kept when the filters change. */
const CALENDAR_PARAMS = ['show', 'date'];

function ViewSwitch({ view, filters }: { view: EngagementsView; filters: EngagementFilters }) {
  const { t } = useTranslation('engagements');
  const search = searchFromFilters(filters).toString();
  return (
    <nav aria-label={t('views.label')} className="staff-view-switch">
      <ul className="usa-button-group usa-button-group--segmented">
        {(Object.keys(VIEW_PATHS) as EngagementsView[]).map((name) => (
          <li key={name} className="usa-button-group__item">
            <NavLink end to={{ pathname: VIEW_PATHS[name], search }} className={`usa-button${name === view ? '' : ' usa-button--outline'}`} aria-current={name === view ? 'page' : undefined}>
              {t(`views.${name}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Every bureau's engagements as a table, a calendar or a map, all three under the same filters in the URL. */
export function EngagementsPage({ view = 'list' }: { view?: EngagementsView }) {
  const { t } = useTranslation('engagements');
  const { principal } = useAuth();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const [filtersShown, setFiltersShown] = useState(false);
  const title = isFiltered(filters) ? t('titleFiltered') : t('title');
  usePageTitle(view === 'list' ? title : `${title}: ${t(`views.${view}`)}`);

  const apply = (next: EngagementFilters) => {
    const nextSearch = searchFromFilters(next);
    // The calendar stays where it is, unless the first day filtered on moved: then it goes there.
    for (const name of CALENDAR_PARAMS) {
      const value = search.get(name);
      if (value && !(name === 'date' && next.from !== filters.from)) nextSearch.set(name, value);
    }
    void navigate({ search: nextSearch.toString() });
  };

  return (
    <>
      <div className="staff-title-row staff-title-row--spread">
        <h1>{t('title')}</h1>
        {principal && (
          <Link to="/engagements/new" className="usa-button">
            {t('publish')}
          </Link>
        )}
      </div>
      <p className="usa-intro staff-intro">{t('intro')}</p>
      <div className="staff-views-bar">
        <ViewSwitch view={view} filters={filters} />
        <CalendarLink filters={filters} />
      </div>
      <div className="grid-row grid-gap-lg">
        <div className="tablet-lg:grid-col-4 desktop:grid-col-3">
          {/* On a narrow screen the filters fold away behind a button, so the results are not a long scroll away. */}
          <Button type="button" outline className="staff-filters-toggle" aria-expanded={filtersShown} aria-controls="engagement-filters" onClick={() => setFiltersShown((shown) => !shown)}>
            {filtersShown ? t('hideFilters') : isFiltered(filters) ? t('showFiltersApplied', { count: Object.keys(filters).length }) : t('showFilters')}
          </Button>
          <div id="engagement-filters" className="staff-filters-panel" data-shown={filtersShown || undefined}>
            <EngagementFilterForm key={searchFromFilters(filters).toString()} filters={filters} clearTo={VIEW_PATHS[view]} onApply={apply} />
          </div>
        </div>
        <div className="tablet-lg:grid-col-8 desktop:grid-col-9">
          <Suspense fallback={<p>{t('loading')}</p>}>
            {view === 'list' && <EngagementList filters={filters} />}
            {view === 'calendar' && <EngagementCalendar filters={filters} />}
            {view === 'map' && <EngagementMap filters={filters} />}
          </Suspense>
        </div>
      </div>
    </>
  );
}

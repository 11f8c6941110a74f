import { Button } from '@trussworks/react-uswds';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { EngagementTable } from './EngagementTable';
import { isFiltered, PAGE_SIZE, searchFromFilters, type EngagementFilters } from './filters';
import { LoadProblem } from './LoadProblem';
import { useEngagementPage } from './queries';

/** The cursors of the pages before this one, kept in the history entry: the API pages forward only. */
interface PagingState {
  trail?: string[];
}

/** The engagements as a table, 25 at a time, saying which of how many are shown. */
export function EngagementList({ filters }: { filters: EngagementFilters }) {
  const { t } = useTranslation('engagements');
  const [search] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const cursor = search.get('cursor') ?? undefined;
  const trail = (location.state as PagingState | null)?.trail ?? [];
  const page = useEngagementPage(filters, cursor);
  const summary = useRef<HTMLHeadingElement>(null);
  const pagedTo = useRef(false);

  // After a page button, focus goes to the new page's summary: the button pressed may be gone.
  useEffect(() => {
    if (pagedTo.current && !page.isPlaceholderData) {
      pagedTo.current = false;
      summary.current?.focus();
    }
  }, [page.isPlaceholderData, cursor]);

  const goTo = (nextCursor: string | undefined, nextTrail: string[]) => {
    pagedTo.current = true;
    void navigate({ search: searchFromFilters(filters, nextCursor).toString() }, { state: { trail: nextTrail } satisfies PagingState });
  };

  const here = `${location.pathname}${location.search}`;
  const items = page.data?.items ?? [];
  const total = page.data?.total ?? 0;
  // Where this page starts is known when it was reached by the page buttons; a shared link may not say.
  const first = cursor === undefined || trail.length > 0 ? trail.length * PAGE_SIZE + 1 : undefined;
  const all = t('count', { count: total });
  const shown = items.length === 0 ? '' : first !== undefined ? t('showingRange', { first, last: first + items.length - 1, total: all }) : t('showingSome', { shown: items.length, total: all });

  return (
    <section className="staff-results" aria-labelledby="results-summary" aria-busy={page.isFetching}>
      <div className="staff-results__header">
        <h2 id="results-summary" ref={summary} tabIndex={-1} aria-live="polite" className="staff-results__summary">
          {page.isPending ? t('loading') : page.isError ? t('loadFailed') : items.length === 0 ? t('noneFound') : shown}
        </h2>
      </div>
      {page.isError && <LoadProblem error={page.error} retry={() => void page.refetch()} />}
      {page.isSuccess && items.length === 0 && (
        <div className="staff-empty">
          {isFiltered(filters) ? (
            <>
              <p>{t('noneMatch')}</p>
              <Link to={location.pathname} className="usa-link">
                {t('clearFilters')}
              </Link>
            </>
          ) : (
            <p>{t('noneYet')}</p>
          )}
        </div>
      )}
      {items.length > 0 && (
        <div className={page.isPlaceholderData ? 'staff-updating' : undefined}>
          <EngagementTable engagements={items} caption={shown} back={here} />
        </div>
      )}
      {(cursor !== undefined || page.data?.nextCursor) && (
        <nav aria-label={t('pages')} className="staff-pager">
          {cursor !== undefined && (
            <Button type="button" outline onClick={() => (trail.length > 0 ? goTo(trail.at(-1) || undefined, trail.slice(0, -1)) : goTo(undefined, []))}>
              {trail.length > 0 ? t('previousPage') : t('firstPage')}
            </Button>
          )}
          {page.data?.nextCursor && (
            <Button type="button" onClick={() => goTo(page.data.nextCursor ?? undefined, [...trail, cursor ?? ''])}>
              {t('nextPage')}
            </Button>
          )}
        </nav>
      )}
    </section>
  );
}

import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '../api/models';
import { LoadProblem } from './LoadProblem';

interface Found {
  items: Engagement[];
  total: number;
  more: boolean;
}

/** How many engagements a calendar or map shows, and when it shows only the first of more. */
export function RangeSummary({ found, period }: { found: UseQueryResult<Found>; period: string }) {
  const { t } = useTranslation('engagements');
  const data = found.data;
  const heading = found.isPending
    ? t('loading')
    : found.isError
      ? t('loadFailed')
      : data!.more
        ? t('range.some', { shown: data!.items.length, total: t('count', { count: data!.total }), period })
        : t('range.all', { total: t('count', { count: data!.total }), period });
  return (
    <div className="staff-results__header">
      <h2 id="results-summary" tabIndex={-1} aria-live="polite" className="staff-results__summary">
        {heading}
      </h2>
      {data?.more && <p className="staff-range-more">{t('range.narrow')}</p>}
      {found.isError && <LoadProblem error={found.error} retry={() => void found.refetch()} />}
    </div>
  );
}

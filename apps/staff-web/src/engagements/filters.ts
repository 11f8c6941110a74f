import type { EngagementListQuery } from '../api/models';
import { i18n } from '../i18n';
import { cityMidnight, nextDay } from './city-time';
import { isAccessibility, isKind, isStatus } from './labels';

/** What a person filters the engagements by, as the page's URL holds it (dates as YYYY-MM-DD in the city). */
export interface EngagementFilters {
  q?: string;
  bureau?: string;
  status?: NonNullable<EngagementListQuery['status']>;
  kind?: NonNullable<EngagementListQuery['kind']>;
  from?: string;
  to?: string;
  district?: string;
  neighborhood?: string;
  language?: string;
  accessibility?: NonNullable<EngagementListQuery['accessibility']>;
}

export const FILTER_NAMES = ['q', 'bureau', 'status', 'kind', 'from', 'to', 'district', 'neighborhood', 'language', 'accessibility'] as const;

/** Engagements a page shows. */
export const PAGE_SIZE = 25;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filters in a URL's query; a value that is not one the API takes is left out, not sent to fail. */
export function filtersFromSearch(search: URLSearchParams): EngagementFilters {
  const text = (name: string): string | undefined => search.get(name)?.trim() || undefined;
  const day = (name: string): string | undefined => {
    const value = text(name);
    return value && DAY.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
  };
  const status = text('status');
  const kind = text('kind');
  const accessibility = text('accessibility');
  const district = text('district');
  const filters: EngagementFilters = {
    q: text('q'),
    bureau: text('bureau')?.toUpperCase(),
    status: status && isStatus(status) ? status : undefined,
    kind: kind && isKind(kind) ? kind : undefined,
    from: day('from'),
    to: day('to'),
    district: district && /^\d{1,2}$/.test(district) ? district : undefined,
    neighborhood: text('neighborhood'),
    language: text('language'),
    accessibility: accessibility && isAccessibility(accessibility) ? accessibility : undefined,
  };
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as EngagementFilters;
}

/** The URL query of the filters, in a fixed order so that one view has one address. */
export function searchFromFilters(filters: EngagementFilters, cursor?: string): URLSearchParams {
  const search = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value) search.set(name, value);
  }
  if (cursor) search.set('cursor', cursor);
  return search;
}

/** The query of GET /v1/engagements: the last day is included, so the period ends at the next midnight. */
export function listQuery(filters: EngagementFilters, cursor?: string): EngagementListQuery {
  const { from, to, ...rest } = filters;
  return {
    ...rest,
    ...(from ? { from: cityMidnight(from) } : {}),
    ...(to ? { to: cityMidnight(nextDay(to)) } : {}),
    ...(cursor ? { cursor } : {}),
    limit: PAGE_SIZE,
  };
}

/** Whether any filter is set. */
export const isFiltered = (filters: EngagementFilters): boolean => Object.keys(filters).length > 0;

/**
 * The iCalendar feed matching the filters as far as feeds go: a bureau's, a council district's
 * (a bureau wins when both are set, being the narrower list staff subscribe to), or the city's.
 */
export function calendarFeed(filters: EngagementFilters): { path: string; label: string } {
  const t = i18n.getFixedT(null, 'engagements');
  if (filters.bureau) return { path: `/v1/calendars/bureaus/${encodeURIComponent(filters.bureau)}.ics`, label: t('feed.bureau', { bureau: filters.bureau }) };
  if (filters.district) return { path: `/v1/calendars/districts/${encodeURIComponent(filters.district)}.ics`, label: t('feed.district', { district: filters.district }) };
  return { path: '/v1/calendars/city.ics', label: t('feed.city') };
}

/** The later start and the earlier end of a query's period and a view's (ISO instants), so a view never asks beyond the filters. */
export function narrowed(query: { from?: string; to?: string }, view: { from?: string; to?: string }): { from?: string; to?: string } {
  const pick = (a: string | undefined, b: string | undefined, later: boolean) => {
    if (!a || !b) return a ?? b;
    return (Date.parse(a) > Date.parse(b)) === later ? a : b;
  };
  const from = pick(query.from, view.from, true);
  const to = pick(query.to, view.to, false);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

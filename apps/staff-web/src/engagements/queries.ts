import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { dataOrThrow } from '../api/problem';
import type { Engagement } from '../api/models';
import { listQuery, narrowed, type EngagementFilters } from './filters';

export function useEngagementPage(filters: EngagementFilters, cursor: string | undefined) {
  return useQuery({
    queryKey: ['engagements', filters, cursor],
    queryFn: async ({ signal }) => dataOrThrow(await api.GET('/v1/engagements', { params: { query: listQuery(filters, cursor) }, signal })),
    // The table keeps the last page on screen, marked as updating, while the next one loads.
    placeholderData: keepPreviousData,
  });
}

export function useEngagement(id: string) {
  return useQuery({
    queryKey: ['engagement', id],
    queryFn: async ({ signal }) => dataOrThrow(await api.GET('/v1/engagements/{id}', { params: { path: { id } }, signal })),
  });
}

export function useEngagementHistory(id: string) {
  return useQuery({
    queryKey: ['engagement', id, 'history'],
    queryFn: async ({ signal }) =>
      dataOrThrow(await api.GET('/v1/engagements/{id}/history', { params: { path: { id } }, signal })).items,
  });
}

/** Organizations of one kind for a filter's choices: bureaus and neighborhood associations change rarely. */
export function useOrganizations(kind: 'bureau' | 'neighborhood_association') {
  return useQuery({
    queryKey: ['organizations', kind],
    queryFn: async ({ signal }) =>
      dataOrThrow(await api.GET('/v1/organizations', { params: { query: { kind, status: 'active', limit: 200 } }, signal })).items,
    staleTime: 10 * 60_000,
  });
}

/** The most a calendar or map asks for at once: 5 pages of 200, enough for any month of a city's engagements. */
export const RANGE_PAGE_SIZE = 200;
export const RANGE_MAX_PAGES = 5;

/**
 * Every engagement matching the filters in a period (ISO instants; the filters' own days narrow it),
 * paged through up to a bound; `more` says the bound was reached before the last page.
 */
export function useEngagementsInRange(filters: EngagementFilters, range: { from?: string; to?: string } | null) {
  return useQuery({
    queryKey: ['engagements', 'range', filters, range],
    enabled: range !== null,
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) => {
      const base = listQuery(filters);
      // listQuery writes the filtered days as ISO instants.
      const period = narrowed(base as { from?: string; to?: string }, range ?? {});
      // Filtered days that end before the view begins (or start after it ends) leave nothing to ask for.
      if (period.from && period.to && Date.parse(period.from) >= Date.parse(period.to)) return { items: [], total: 0, more: false };
      const query = { ...base, ...period, limit: RANGE_PAGE_SIZE };
      const items: Engagement[] = [];
      let cursor: string | undefined;
      let total = 0;
      for (let page = 0; page < RANGE_MAX_PAGES; page++) {
        const answer = dataOrThrow(await api.GET('/v1/engagements', { params: { query: { ...query, ...(cursor ? { cursor } : {}) } }, signal }));
        items.push(...answer.items);
        total = answer.total;
        cursor = answer.nextCursor ?? undefined;
        if (!cursor) break;
      }
      return { items, total, more: cursor !== undefined };
    },
  });
}

/** Boundaries of one kind of organization from the registry, drawn under the engagements on maps. */
export function useBoundaries(kind: 'neighborhood_association' | 'council_district') {
  return useQuery({
    queryKey: ['boundaries', kind],
    queryFn: async ({ signal }) => dataOrThrow(await api.GET('/v1/organizations.geojson', { params: { query: { kind, status: 'active' } }, signal })),
    staleTime: 60 * 60_000,
  });
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { dataOrThrow } from '../api/problem';
import { listQuery, type EngagementFilters } from './filters';

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

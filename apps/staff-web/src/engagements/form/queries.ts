import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { dataOrThrow } from '../../api/problem';
import { changesOf, inputOf, isCheckable, type FormValues } from './form-values';
import { useDebounced } from './useDebounced';

/** How long the staffer pauses before the form checks what they typed. */
export const CHECK_DELAY_MS = 600;

/** An engagement with its version (the ETag an edit sends back as If-Match). */
export function useEngagementVersion(id: string | undefined) {
  return useQuery({
    queryKey: ['engagement', id, 'version'],
    enabled: id !== undefined,
    // Read fresh each time the form opens: an edit must start from the version stored now.
    staleTime: 0,
    gcTime: 0,
    queryFn: async ({ signal }) => {
      const answer = await api.GET('/v1/engagements/{id}', { params: { path: { id: id! } }, signal });
      return { engagement: dataOrThrow(answer), etag: answer.response.headers.get('etag') ?? '' };
    },
  });
}

/** What publishing (or this change) would raise now, asked once the staffer pauses; nothing is stored. */
export function useLiveCheck(values: FormValues, edit: { id: string; etag: string; base: FormValues } | undefined) {
  const settled = useDebounced(values, CHECK_DELAY_MS);
  const changes = edit ? changesOf(edit.base, settled) : undefined;
  const input = inputOf(settled);
  const worthAsking = isCheckable(settled) && (!changes || Object.keys(changes).length > 0);
  return useQuery({
    queryKey: ['engagement-check', edit?.id, edit?.etag, changes ?? input],
    enabled: worthAsking,
    staleTime: 10_000,
    retry: false,
    queryFn: async ({ signal }) =>
      edit && changes
        ? dataOrThrow(await api.POST('/v1/engagements/{id}/check', { params: { path: { id: edit.id }, header: { 'If-Match': edit.etag } }, body: changes, signal }))
        : dataOrThrow(await api.POST('/v1/engagements:check', { body: input, signal })),
  });
}

/** Which neighborhood associations and council district a point is in, once the pin has stopped. */
export function useLookup(lat: string, lon: string) {
  const settled = useDebounced({ lat, lon }, CHECK_DELAY_MS);
  const valid = settled.lat.trim() !== '' && settled.lon.trim() !== '' && Number.isFinite(Number(settled.lat)) && Number.isFinite(Number(settled.lon));
  return useQuery({
    queryKey: ['lookup', settled.lat, settled.lon],
    enabled: valid,
    retry: false,
    queryFn: async ({ signal }) => dataOrThrow(await api.GET('/v1/lookup', { params: { query: { lat: Number(settled.lat), lon: Number(settled.lon) } }, signal })),
  });
}

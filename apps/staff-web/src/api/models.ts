import type { components, paths } from './schema';

/** The JSON a route answers with status 200. */
export type Ok<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: { 200: { content: { 'application/json': infer T } } } } ? T : never;

/** The query a GET route takes. */
export type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;

type Schemas = components['schemas'];

export type Engagement = Schemas['EngagementView'];
export type EngagementPage = Schemas['EngagementPage'];
export type EngagementStatusStep = Schemas['EngagementHistory']['items'][number];
export type Organization = Schemas['OrganizationRecord'];
export type EngagementListQuery = QueryOf<'/v1/engagements'>;
export type OrganizationMap = Schemas['OrganizationFeatureCollection'];
export type Lookup = Schemas['LookupResponse'];
export type EngagementInput = Schemas['EngagementInput'];
export type EngagementChanges = Schemas['EngagementChanges'];
export type EngagementCheck = Schemas['EngagementCheck'];
export type FieldError = Schemas['FieldErrorRecord'];

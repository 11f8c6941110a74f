import type { EngagementContact, EngagementHistory as ContractHistory, EngagementLocation, EngagementPage as ContractPage, EngagementView as ContractView, OrganizationPage as ContractOrganizationPage } from '#libs/contracts';
import type { paths } from './schema';

/** The JSON a route answers with status 200. */
export type Ok<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: { 200: { content: { 'application/json': infer T } } } } ? T : never;

/** The query a GET route takes. */
export type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;

/**
 * The served document still describes nested objects only as `{}` (its schemas are becoming
 * components in another change). Until it does, such an object reads as the contract class the
 * gateway answers with; once `npm run web:api` brings the described one, it is used instead.
 */
type Described<Generated, Contract> = [Generated] extends [Record<string, never>]
  ? Record<string, never> extends Generated
    ? Contract
    : Generated
  : Generated;

type EngagementViewJson = Ok<'/v1/engagements/{id}', 'get'>;

export type Engagement = Omit<EngagementViewJson, 'location' | 'audience' | 'accessibility' | 'contact'> & {
  location: Described<EngagementViewJson['location'], EngagementLocation>;
  audience: Described<EngagementViewJson['audience'], ContractView['audience']>;
  accessibility: Described<EngagementViewJson['accessibility'], ContractView['accessibility']>;
  contact?: Described<NonNullable<EngagementViewJson['contact']>, EngagementContact> | null;
};

type PageJson = Ok<'/v1/engagements', 'get'>;
export type EngagementPage = Omit<PageJson, 'items' | 'nextCursor'> & {
  items: Described<PageJson['items'][number], Engagement>[];
  nextCursor?: ContractPage['nextCursor'];
};

type HistoryJson = Ok<'/v1/engagements/{id}/history', 'get'>;
export type EngagementStatusStep = Described<HistoryJson['items'][number], ContractHistory['items'][number]>;

type OrganizationsJson = Ok<'/v1/organizations', 'get'>;
export type Organization = Described<OrganizationsJson['items'][number], ContractOrganizationPage['items'][number]>;

export type EngagementListQuery = QueryOf<'/v1/engagements'>;

/** An answer read as the type above; the one place a generated-but-undescribed shape is narrowed. */
export function described<T>(json: unknown): T {
  return json as T;
}

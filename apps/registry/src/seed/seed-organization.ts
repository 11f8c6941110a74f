import type { Boundary, LonLat, OrganizationKind } from '#libs/contracts';

/**
 * An organization as the seed data describes it. The parent is named by its OCD id, since ids
 * exist only once the registry has created the parent. Fields the data does not describe
 * (languages, public email, meeting schedule, status) are left to the registry's editors.
 */
export interface SeedOrganization {
  ocdId: string;
  slug: string;
  kind: OrganizationKind;
  name: string;
  parentOcdId: string | null;
  councilDistricts: string[];
  boundary: Boundary | null;
  representativePoint: LonLat | null;
  website: string | null;
  bureauCode: string | null;
  serviceArea: string | null;
}

/** The fields the seed keeps in step with its data. */
export const SeededFields = [
  'slug',
  'kind',
  'name',
  'parentOcdId',
  'councilDistricts',
  'boundary',
  'representativePoint',
  'website',
  'bureauCode',
  'serviceArea',
] as const satisfies ReadonlyArray<keyof SeedOrganization>;

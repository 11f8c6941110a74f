import { OrganizationReference } from './organization-reference.entity.js';

/** Ids that read as numbers in unit tests: `fixtureId(10)` ends in `...000010`. */
export const fixtureId = (n: number) => `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;

/** An active organization as scheduling's copy holds it, for unit tests of the plain domain functions. */
export function referenceFixture(n: number, kind: string, slug: string, name: string, extra: Partial<OrganizationReference> = {}): OrganizationReference {
  return Object.assign(new OrganizationReference(), {
    id: fixtureId(n),
    slug,
    kind,
    name,
    status: 'active',
    councilDistricts: [],
    bureauCode: null,
    parentId: null,
    boundary: null,
    representativePoint: null,
    version: 1,
    updatedAt: new Date(),
    ...extra,
  });
}

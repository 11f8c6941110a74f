import { planSeed, sameValue, type ExistingOrganization } from './seed-plan.js';
import type { SeedOrganization } from './seed-organization.js';

const coalition: SeedOrganization = {
  ocdId: 'ocd-organization/country:us/state:or/place:portland/district_coalition:southeast-uplift',
  slug: 'southeast-uplift',
  kind: 'district_coalition',
  name: 'Southeast Uplift',
  parentOcdId: null,
  councilDistricts: ['3', '4'],
  boundary: null,
  representativePoint: null,
  website: null,
  bureauCode: null,
  serviceArea: null,
};
const association: SeedOrganization = {
  ...coalition,
  ocdId: 'ocd-organization/country:us/state:or/place:portland/neighborhood_association:sunnyside',
  slug: 'sunnyside',
  kind: 'neighborhood_association',
  name: 'Sunnyside',
  parentOcdId: coalition.ocdId,
  councilDistricts: ['3'],
  boundary: { type: 'Polygon', coordinates: [[[-122.63, 45.51], [-122.62, 45.51], [-122.62, 45.52], [-122.63, 45.51]]] },
  representativePoint: [-122.625, 45.512],
};

function existing(o: SeedOrganization, id: string, parentId: string | null): ExistingOrganization {
  const rest: Partial<SeedOrganization> = { ...o };
  delete rest.parentOcdId;
  return { ...(rest as Omit<SeedOrganization, 'parentOcdId'>), id, parentId };
}

describe('planSeed', () => {
  it('creates everything in an empty registry, parents first as given', () => {
    expect(planSeed([coalition, association], [])).toEqual({ creates: [coalition, association], updates: [] });
  });

  it('plans nothing when the registry already matches, whatever order jsonb keeps keys in', () => {
    const stored = existing(association, 'na', 'co');
    stored.boundary = { coordinates: association.boundary!.coordinates, type: 'Polygon' } as typeof stored.boundary;
    expect(planSeed([coalition, association], [existing(coalition, 'co', null), stored])).toEqual({ creates: [], updates: [] });
  });

  it('updates only the fields that changed, and a moved parent by its OCD id', () => {
    const other = { ...coalition, ocdId: `${coalition.ocdId}-2`, slug: 'other' };
    const moved = { ...association, name: 'Sunnyside Neighborhood Association', parentOcdId: other.ocdId };
    const plan = planSeed([coalition, other, moved], [existing(coalition, 'co', null), existing(other, 'o2', null), existing(association, 'na', 'co')]);
    expect(plan).toEqual({ creates: [], updates: [{ id: 'na', ocdId: moved.ocdId, changes: { name: moved.name, parentOcdId: other.ocdId } }] });
  });

  it('matches by slug when the OCD id changed, and updates the identifier instead of duplicating', () => {
    const renamed = { ...coalition, ocdId: 'ocd-organization/country:us/state:or/place:portland/district_coalition:seul' };
    expect(planSeed([renamed], [existing(coalition, 'co', null)])).toEqual({
      creates: [],
      updates: [{ id: 'co', ocdId: renamed.ocdId, changes: { ocdId: renamed.ocdId } }],
    });
  });
});

describe('sameValue', () => {
  it('compares JSON deeply, ignoring key order and treating undefined as null', () => {
    expect(sameValue({ a: [1, { b: 2, c: 3 }] }, { a: [1, { c: 3, b: 2 }] })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue(undefined, null)).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
});

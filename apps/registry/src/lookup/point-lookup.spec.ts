import { Organization } from '../organizations/organization.entity.js';
import { searchTextOf } from '../organizations/search-text.js';
import { portland } from '../seed/portland-fixture.js';
import { PointLookup } from './point-lookup.js';

describe('PointLookup over Portland', () => {
  const idOf = new Map(portland.map((o, i) => [o.ocdId, `01900000-0000-7000-8000-${String(i).padStart(12, '0')}`]));
  const now = new Date();
  const organizations = portland.map(({ parentOcdId, ...o }) =>
    Object.assign(new Organization(), {
      ...o,
      id: idOf.get(o.ocdId)!,
      parentId: parentOcdId ? idOf.get(parentOcdId)! : null,
      status: 'active',
      languages: [],
      publicEmail: null,
      meetingSchedule: null,
      searchText: searchTextOf(o.name),
      version: 1,
      createdAt: now,
      updatedAt: now,
    } satisfies Organization),
  );
  const lookup = new PointLookup(organizations);
  const slugs = (records: Array<{ slug: string }>) => records.map((r) => r.slug);

  it('resolves a neighborhood’s point to it, its district office and its council district, without boundaries', () => {
    const [lon, lat] = portland.find((o) => o.slug === 'sunnyside')!.representativePoint!;
    const found = lookup.at(lat, lon);
    expect(slugs(found.neighborhoodAssociations)).toEqual(['sunnyside']);
    expect(slugs(found.districtCoalitions)).toEqual(['southeast-uplift-neighborhood-coalition']);
    expect(slugs(found.councilDistricts)).toEqual(['council-district-3']);
    expect(found.neighborhoodAssociations[0].boundary).toBeUndefined();
    expect(found.neighborhoodAssociations[0].representativePoint).toEqual([lon, lat]);
  });

  it('resolves a business district’s representative point to every business district containing it', () => {
    for (const district of portland.filter((o) => o.kind === 'business_district_association')) {
      const [lon, lat] = district.representativePoint!;
      expect(slugs(lookup.at(lat, lon).businessDistricts)).toContain(district.slug);
    }
  });

  it('resolves a point outside the city to nothing', () => {
    expect(lookup.at(45.37, -121.7)).toEqual({ neighborhoodAssociations: [], districtCoalitions: [], councilDistricts: [], businessDistricts: [] });
  });

  it('leaves archived organizations out', () => {
    const archived = organizations.map((o) => (o.slug === 'sunnyside' ? Object.assign(new Organization(), o, { status: 'archived' }) : o));
    const [lon, lat] = portland.find((o) => o.slug === 'sunnyside')!.representativePoint!;
    expect(new PointLookup(archived).at(lat, lon).neighborhoodAssociations).toEqual([]);
  });
});

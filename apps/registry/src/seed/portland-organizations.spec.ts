import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { boundaryProblems } from '../boundaries/boundary-validation.js';
import { portlandDataDir } from './portland-data.js';
import { portland } from './portland-fixture.js';

describe('Portland seed data', () => {
  const ofKind = (kind: string) => portland.filter((o) => o.kind === kind);

  it('is read from apps/registry/data/portland in the project, from source or from dist/', () => {
    const dir = portlandDataDir();
    expect(dir).toBe(join(process.cwd(), 'apps', 'registry', 'data', 'portland'));
    expect(portlandDataDir(pathToFileURL(join(process.cwd(), 'dist', 'apps', 'registry', 'src', 'seed', 'portland-data.js')).href)).toBe(dir);
    expect(existsSync(join(dir, 'SOURCE.txt'))).toBe(true);
  });

  it('has 94 neighborhood associations, 7 district offices, 4 council districts, 50 business districts and 20 bureaus', () => {
    expect(ofKind('neighborhood_association')).toHaveLength(94);
    expect(ofKind('district_coalition')).toHaveLength(7);
    expect(ofKind('council_district')).toHaveLength(4);
    expect(ofKind('business_district_association')).toHaveLength(50);
    expect(ofKind('bureau')).toHaveLength(20);
  });

  it('gives every organization a unique slug and OCD id', () => {
    expect(new Set(portland.map((o) => o.slug)).size).toBe(portland.length);
    expect(new Set(portland.map((o) => o.ocdId)).size).toBe(portland.length);
    expect(portland.find((o) => o.slug === 'council-district-2')!.ocdId).toBe('ocd-division/country:us/state:or/place:portland/council_district:2');
    expect(portland.find((o) => o.slug === 'sullivans-gulch')!.ocdId).toBe(
      'ocd-organization/country:us/state:or/place:portland/neighborhood_association:sullivans-gulch',
    );
    // The business district shares its name with the neighborhood association.
    expect(portland.filter((o) => o.name.toLowerCase() === 'woodlawn').map((o) => o.slug)).toEqual(['woodlawn', 'woodlawn-business-district']);
  });

  it('gives every neighborhood association a coalition, a valid boundary, a point and at least one council district', () => {
    const coalitions = new Set(ofKind('district_coalition').map((c) => c.ocdId));
    for (const na of ofKind('neighborhood_association')) {
      expect(coalitions.has(na.parentOcdId!)).toBe(true);
      expect(boundaryProblems(na.boundary)).toEqual([]);
      expect(na.representativePoint).toHaveLength(2);
      expect(na.councilDistricts.length).toBeGreaterThan(0);
    }
  });

  // SOURCE.txt says SEUL 21 and SWNI 21, which would make 98; the csv's 94 rows have 20 and 18.
  it('counts the associations per district office as the csv does; Healy Heights comes from its shared polygon', () => {
    const count = (slug: string) => portland.filter((o) => o.parentOcdId?.endsWith(`:${slug}`)).length;
    expect(count('southeast-uplift-neighborhood-coalition')).toBe(20);
    expect(count('southwest-community-services')).toBe(18);
    expect(count('east-portland-community-office')).toBe(13);
    expect(count('central-northeast-neighbors')).toBe(9);
    expect(portland.find((o) => o.slug === 'healy-heights')!.boundary!.type).toBe('Polygon');
  });

  it('keeps bureaus’ codes and service areas', () => {
    expect(portland.find((o) => o.bureauCode === 'PBOT')).toMatchObject({ name: 'Portland Bureau of Transportation', serviceArea: 'Public Works', boundary: null });
  });
});

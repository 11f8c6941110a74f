import { Engagement } from '../engagements/engagement.entity.js';
import { OrganizationDirectory } from '../organizations/organization-directory.js';
import type { OrganizationReference } from '../organizations/organization-reference.entity.js';
import { fixtureId, referenceFixture } from '../organizations/organization-reference.fixture.js';
import { coverageReport } from './coverage-report.js';

const id = fixtureId;
const org = (n: number, kind: string, name: string, extra: Partial<OrganizationReference> = {}): OrganizationReference =>
  referenceFixture(n, kind, name.toLowerCase().replace(/ /g, '-'), name, extra);

// Two coalitions, three associations; district 1 holds Alpha and Beta, district 2 holds Gamma.
const directory = new OrganizationDirectory([
  org(1, 'district_coalition', 'North Coalition'),
  org(2, 'district_coalition', 'South Coalition'),
  org(10, 'neighborhood_association', 'Alpha', { parentId: id(1), councilDistricts: ['1'] }),
  org(11, 'neighborhood_association', 'Beta', { parentId: id(1), councilDistricts: ['1'] }),
  org(12, 'neighborhood_association', 'Gamma', { parentId: id(2), councilDistricts: ['2'] }),
  org(20, 'bureau', 'Portland Bureau of Transportation', { bureauCode: 'PBOT' }),
]);

let n = 100;
const engagement = (bureau: string, where: number[], districts: string[], extra: Partial<Engagement> = {}): Engagement =>
  Object.assign(new Engagement(), {
    id: id(n++),
    bureau,
    status: 'held',
    neighborhoodIds: where.map(id),
    locationDistricts: districts,
    audienceOrganizationIds: [],
    audienceDistricts: [],
    languages: ['en'],
    accessibility: { accessibleVenue: true, asl: false, captioning: false, childcare: false, food: false, nearTransit: false, stipends: false },
    actualAttendance: 10,
    ...extra,
  });

const fixture = [
  engagement('PBOT', [10], ['1'], { languages: ['en', 'es'], actualAttendance: 30 }),
  engagement('PBOT', [10], ['1'], { accessibility: { accessibleVenue: false, asl: true, captioning: true, childcare: false, food: false, nearTransit: false, stipends: false } }),
  engagement('BES', [11], ['1'], { status: 'scheduled', actualAttendance: null, languages: ['vi'] }),
  engagement('BES', [12], ['2'], { status: 'cancelled' }),
  engagement('PP&R', [], [], { audienceOrganizationIds: [id(12)], status: 'draft' }),
];
const period = { from: new Date('2027-01-01T00:00:00Z'), to: new Date('2027-02-01T00:00:00Z') };
const areas = new Map([
  ['1', 3],
  ['2', 1],
]);

describe('coverageReport', () => {
  it('counts engagements that reach people, their attendance and shares', () => {
    const report = coverageReport(fixture, directory, { ...period, by: 'district' }, areas);
    expect(report).toMatchObject({ engagements: 3, attendance: 40, interpretationShare: 0.6667 });
    expect(report.accessibility).toMatchObject({ accessibleVenue: 0.6667, asl: 0.3333, captioning: 0.3333, childcare: 0 });
  });

  it('groups by council district and sets each district’s share against its share of the city', () => {
    const report = coverageReport(fixture, directory, { ...period, by: 'district' }, areas);
    expect(report.groups.map((g) => [g.key, g.name, g.engagements, g.attendance])).toEqual([['1', 'Council district 1', 3, 40]]);
    expect(report.districts).toEqual([
      { district: '1', engagements: 3, engagementShare: 1, cityShare: 0.75 },
      { district: '2', engagements: 0, engagementShare: 0, cityShare: 0.25 },
    ]);
  });

  it('groups by neighborhood, coalition and bureau', () => {
    const by = (grouping: 'neighborhood' | 'coalition' | 'bureau') =>
      coverageReport(fixture, directory, { ...period, by: grouping }, areas).groups.map((g) => [g.name, g.engagements]);
    expect(by('neighborhood')).toEqual([
      ['Alpha', 2],
      ['Beta', 1],
    ]);
    expect(by('coalition')).toEqual([['North Coalition', 3]]);
    expect(by('bureau')).toEqual([
      ['Portland Bureau of Transportation', 2],
      ['BES', 1],
    ]);
  });

  it('lists the neighborhoods nobody reached (a cancellation or a draft does not count)', () => {
    expect(coverageReport(fixture, directory, { ...period, by: 'bureau' }, areas).neighborhoodsWithoutEngagement.map((g) => g.name)).toEqual(['Gamma']);
  });
});

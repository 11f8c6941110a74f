import { plainToInstance } from 'class-transformer';
import { EngagementChanges, EngagementInput } from '#libs/contracts';
import { OrganizationDirectory } from '../organizations/organization-directory.js';
import type { OrganizationReference } from '../organizations/organization-reference.entity.js';
import { fixtureId, referenceFixture } from '../organizations/organization-reference.fixture.js';
import { readEngagementFields } from './engagement-input.js';
import { Engagement } from './engagement.entity.js';
import { scopeOf } from './engagement-record.js';

const id = fixtureId;
const square = (x: number, y: number) => ({ type: 'Polygon' as const, coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] });
const reference = (n: number, kind: string, slug: string, extra: Partial<OrganizationReference> = {}) => referenceFixture(n, kind, slug, slug, extra);

// Alpha (district 1) lies west of Beta (district 2); Alpha belongs to the North coalition.
const directory = new OrganizationDirectory([
  reference(1, 'district_coalition', 'north'),
  reference(10, 'neighborhood_association', 'alpha', { boundary: square(0, 0), parentId: id(1), councilDistricts: ['1'] }),
  reference(11, 'neighborhood_association', 'beta', { boundary: square(1, 0), councilDistricts: ['2'] }),
  reference(20, 'council_district', 'council-district-1', { boundary: square(0, 0), councilDistricts: ['1'] }),
  reference(21, 'council_district', 'council-district-2', { boundary: square(1, 0), councilDistricts: ['2'] }),
  reference(30, 'community_organization', 'voz', { councilDistricts: [] }),
  reference(31, 'neighborhood_association', 'gone', { status: 'archived' }),
]);

const input = (body: Record<string, unknown>) =>
  plainToInstance(EngagementInput, { title: 'Session', kind: 'workshop', startsAt: '2027-01-05T18:00', endsAt: '2027-01-05T19:00', ...body });

describe('readEngagementFields', () => {
  it('resolves a place to its neighborhood and council district, and audience slugs to ids', () => {
    const fields = readEngagementFields(input({ location: { address: 'x', lat: 0.5, lon: 0.5 }, audience: { organizations: ['voz', id(11)] } }), directory);
    expect(fields).toMatchObject({
      neighborhoodIds: [id(10)],
      locationDistricts: ['1'],
      audienceOrganizationIds: [id(30), id(11)],
      startsAt: new Date('2027-01-06T02:00:00Z'),
      accessibility: { accessibleVenue: false, asl: false },
    });
  });

  it('names every problem: unknown or archived organizations, a half point, no place at all', () => {
    expect(readEngagementFields(input({ location: { lat: 0.5 }, audience: { organizations: ['nobody', 'gone'] } }), directory)).toEqual([
      { field: 'location', rule: 'isCompletePoint', message: 'location needs both lat and lon, or neither' },
      { field: 'audience.organizations', rule: 'isKnownOrganization', message: 'no organization has id or slug "nobody"' },
      { field: 'audience.organizations', rule: 'isKnownOrganization', message: 'no organization has id or slug "gone"' },
    ]);
    expect(readEngagementFields(input({ location: { address: 'x' }, audience: { organizations: [id(31)] } }), directory)).toEqual([
      { field: 'audience.organizations', rule: 'isNotArchived', message: 'organization "gone" is archived' },
    ]);
    expect(readEngagementFields(input({}), directory)).toEqual([
      { field: 'location', rule: 'hasPlace', message: 'location needs an address, lat and lon, or an onlineUrl' },
    ]);
  });

  it('applies changes over the current engagement, keeping what was not sent', () => {
    const current = Object.assign(new Engagement(), {
      ...(readEngagementFields(input({ location: { address: 'x', lat: 0.5, lon: 0.5 }, languages: ['en', 'es'] }), directory) as object),
      id: id(99),
    }) as Engagement;
    const moved = readEngagementFields(plainToInstance(EngagementChanges, { location: { address: 'y', lat: 0.5, lon: 1.5 } }), directory, current);
    expect(moved).toMatchObject({ neighborhoodIds: [id(11)], locationDistricts: ['2'], languages: ['en', 'es'], title: 'Session', startsAt: current.startsAt });
    const later = readEngagementFields(plainToInstance(EngagementChanges, { endsAt: '2027-01-05T17:00' }), directory, current);
    expect(later).toEqual([{ field: 'endsAt', rule: 'isAfter', message: expect.stringMatching(/^endsAt must be after startsAt/) }]);
  });
});

describe('scopeOf', () => {
  it('names the bureaus, the council districts and the organizations an alert concerns, coalitions included', () => {
    const e = (bureau: string, fields: Record<string, unknown>) =>
      Object.assign(new Engagement(), { bureau, ...(readEngagementFields(input(fields), directory) as object) }) as Engagement;
    const scope = scopeOf(
      [e('PBOT', { location: { address: 'x', lat: 0.5, lon: 0.5 } }), e('BES', { location: { onlineUrl: 'https://x.example' }, audience: { organizations: ['voz'], councilDistricts: ['3'] } })],
      directory,
      'high',
    );
    expect(scope).toEqual({ bureaus: ['BES', 'PBOT'], councilDistricts: ['1', '3'], organizationIds: [id(1), id(10), id(30)].sort(), severity: 'high' });
  });
});

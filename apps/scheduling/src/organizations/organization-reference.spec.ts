import type { OrganizationRecord } from '#libs/contracts';
import { nextReference } from './organization-reference.js';

const record = (version: number, name = 'Kenton'): OrganizationRecord => ({
  id: '0190a3e5-0000-7000-8000-000000000001',
  slug: 'kenton',
  ocdId: 'ocd-organization/country:us/state:or/place:portland/neighborhood_association:kenton',
  kind: 'neighborhood_association',
  name,
  status: 'active',
  councilDistricts: ['2'],
  version,
  updatedAt: '2026-11-01T10:00:00.000Z',
});

describe('nextReference', () => {
  it('creates the copy from the first record', () => {
    expect(nextReference(null, record(1))).toMatchObject({ slug: 'kenton', version: 1, councilDistricts: ['2'], bureauCode: null });
  });

  it('keeps the boundary, point and parent, so places resolve without the registry', () => {
    const boundary = { type: 'Polygon' as const, coordinates: [[[-122.69, 45.58], [-122.67, 45.58], [-122.67, 45.59], [-122.69, 45.58]]] };
    const parentId = '0190a3e5-0000-7000-8000-000000000009';
    expect(nextReference(null, { ...record(1), boundary, representativePoint: [-122.68, 45.585], parentId })).toMatchObject({
      boundary,
      representativePoint: [-122.68, 45.585],
      parentId,
    });
  });

  it('takes a newer version', () => {
    const current = nextReference(null, record(1))!;
    expect(nextReference(current, record(2, 'Kenton NA'))).toMatchObject({ name: 'Kenton NA', version: 2 });
  });

  it('ignores the same or an older version', () => {
    const current = nextReference(null, record(3))!;
    expect(nextReference(current, record(3))).toBeNull();
    expect(nextReference(current, record(2))).toBeNull();
  });
});

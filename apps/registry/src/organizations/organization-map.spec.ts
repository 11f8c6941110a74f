import { Organization } from './organization.entity.js';
import { featureOf } from './organization-map.js';

describe('featureOf', () => {
  const base = Object.assign(new Organization(), {
    id: '01900000-0000-7000-8000-000000000001',
    slug: 'kenton',
    name: 'Kenton',
    kind: 'neighborhood_association',
    status: 'active',
    councilDistricts: ['2'],
    parentId: null,
    boundary: null,
    representativePoint: null,
  });
  const square = { type: 'Polygon' as const, coordinates: [[[-122.7, 45.58], [-122.68, 45.58], [-122.68, 45.6], [-122.7, 45.58]]] };

  it('draws the boundary when there is one', () => {
    expect(featureOf({ ...base, boundary: square, representativePoint: [-122.69, 45.59] } as Organization).geometry).toBe(square);
  });

  it('falls back to the representative point, then to no geometry', () => {
    expect(featureOf({ ...base, representativePoint: [-122.69, 45.59] } as Organization).geometry).toEqual({ type: 'Point', coordinates: [-122.69, 45.59] });
    expect(featureOf(base).geometry).toBeNull();
  });

  it('carries the properties a map legend needs', () => {
    expect(featureOf(base).properties).toEqual({ id: base.id, slug: 'kenton', name: 'Kenton', kind: 'neighborhood_association', status: 'active', councilDistricts: ['2'], parentId: null });
  });
});

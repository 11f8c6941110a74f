import type { OrganizationFeatureCollection } from '#libs/contracts';
import type { Organization } from './organization.entity.js';

type Feature = OrganizationFeatureCollection['features'][number];

/** An organization on the map: its boundary, else its representative point, else no geometry (bureaus). */
export function featureOf(o: Organization): Feature {
  return {
    type: 'Feature',
    id: o.id,
    geometry: o.boundary ?? (o.representativePoint ? { type: 'Point', coordinates: o.representativePoint } : null),
    properties: { id: o.id, slug: o.slug, name: o.name, kind: o.kind, status: o.status, councilDistricts: o.councilDistricts, parentId: o.parentId },
  };
}

import { BoundaryIndex } from '#libs/geo';
import type { PlaceResolution, PlaceResolver } from '../comments/comment-intake.js';
import type { Place } from './place.entity.js';

/**
 * Places a comment from one snapshot of the places: a point goes to the neighborhood association and council
 * district containing it; a neighborhood named by id, slug or name (any case) to that association and its district.
 */
export function placeResolver(places: readonly Place[]): PlaceResolver {
  const live = places.filter((p) => p.status !== 'archived');
  const neighborhoods = live.filter((p) => p.kind === 'neighborhood_association');
  const districts = live.filter((p) => p.kind === 'council_district');
  const byName = new Map<string, Place>();
  for (const n of neighborhoods) for (const key of [n.id, n.slug, n.name.toLowerCase()]) byName.set(key, n);
  const indexOf = (kind: Place[]) => new BoundaryIndex(kind.filter((p) => p.boundary).map((p) => ({ value: p, boundary: p.boundary! })));
  const neighborhoodIndex = indexOf(neighborhoods);
  const districtIndex = indexOf(districts);
  const onlyDistrict = (p: Place | undefined) => (p && p.councilDistricts.length === 1 ? p.councilDistricts[0] : null);
  return (input): PlaceResolution => {
    if (input.lat !== undefined && input.lon !== undefined) {
      const [neighborhood] = neighborhoodIndex.containing(input.lon, input.lat);
      const [district] = districtIndex.containing(input.lon, input.lat);
      return {
        neighborhood: neighborhood?.name ?? input.neighborhood ?? null,
        councilDistrict: onlyDistrict(district) ?? onlyDistrict(neighborhood),
      };
    }
    if (input.neighborhood) {
      const known = byName.get(input.neighborhood) ?? byName.get(input.neighborhood.trim().toLowerCase());
      return { neighborhood: known?.name ?? input.neighborhood, councilDistrict: onlyDistrict(known) };
    }
    return { neighborhood: null, councilDistrict: null };
  };
}

import area from '@turf/area';
import bbox from '@turf/bbox';
import booleanIntersects from '@turf/boolean-intersects';
import { feature, featureCollection } from '@turf/helpers';
import intersect from '@turf/intersect';
import type { Boundary } from '#libs/contracts';

export interface CouncilDistrictBoundary {
  /** The district number as text, as organizations carry it ("1".."4"). */
  district: string;
  boundary: Boundary;
}

/**
 * A district counts when at least this share of the area lies in it. Neighborhood and district
 * lines follow the same streets but were drawn separately, so a neighborhood wholly in one district
 * still grazes its neighbor along the street it borders.
 */
const MIN_SHARE = 0.01;

/** The council districts a boundary lies in, in district order. */
export function councilDistrictsOf(boundary: Boundary, districts: CouncilDistrictBoundary[]): string[] {
  const [minLon, minLat, maxLon, maxLat] = bbox(boundary);
  const touched = districts.filter((d) => {
    const [dMinLon, dMinLat, dMaxLon, dMaxLat] = bbox(d.boundary);
    if (maxLon < dMinLon || minLon > dMaxLon || maxLat < dMinLat || minLat > dMaxLat) return false;
    return booleanIntersects(boundary, d.boundary);
  });
  // Measuring overlaps is slow; only a boundary touching several districts needs it.
  const inside = touched.length <= 1 ? touched : touched.filter((d) => share(boundary, d.boundary) >= MIN_SHARE);
  return inside.map((d) => d.district).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

function share(boundary: Boundary, district: Boundary): number {
  const overlap = intersect(featureCollection([feature(boundary), feature(district)]));
  return overlap ? area(overlap) / area(boundary) : 0;
}

const DISTRICT_OCD_ID = /\/council_district:(\d+)$/;

/** The council districts among the registry's organizations, numbered from their OCD division ids. */
export function councilDistrictBoundaries(organizations: Array<{ ocdId: string; boundary: Boundary | null }>): CouncilDistrictBoundary[] {
  return organizations.flatMap(({ ocdId, boundary }) => {
    const district = DISTRICT_OCD_ID.exec(ocdId)?.[1];
    return district && boundary ? [{ district, boundary }] : [];
  });
}

import rewind from '@turf/rewind';
import truncate from '@turf/truncate';
import type { Boundary, LonLat } from '#libs/contracts';

/** Decimal places kept of each longitude and latitude: 7 is about a centimetre, finer than any survey line. */
export const BOUNDARY_DECIMALS = 7;

/**
 * A boundary as RFC 7946 wants it: exterior rings counterclockwise and holes clockwise, positions
 * rounded to BOUNDARY_DECIMALS. Applied to every boundary the registry stores and every one it
 * serves, so boundaries stored before this rule are served right too. Leaves its argument as it was.
 */
export function normalizedBoundary(boundary: Boundary): Boundary {
  // rewind declares any GeoJSON as its result; given a Polygon or MultiPolygon it returns the same.
  return rewind(truncate(boundary, { precision: BOUNDARY_DECIMALS, mutate: false }), { mutate: true }) as Boundary;
}

/** A point rounded as boundaries are. */
export function normalizedPosition([lon, lat]: LonLat): LonLat {
  const [x, y] = truncate({ type: 'Point', coordinates: [lon, lat] }, { precision: BOUNDARY_DECIMALS, mutate: true }).coordinates;
  return [x, y];
}

import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Boundary } from '#libs/contracts';

interface Entry<T> {
  value: T;
  boundary: Boundary;
  box: ReturnType<typeof bbox>;
}

/**
 * Answers which boundaries contain a point. A bounding-box test runs first, so the exact
 * point-in-polygon test only runs for the few boundaries near the point.
 */
export class BoundaryIndex<T> {
  private readonly entries: Entry<T>[];

  constructor(items: Iterable<{ value: T; boundary: Boundary }>) {
    this.entries = [...items].map(({ value, boundary }) => ({ value, boundary, box: bbox(boundary) }));
  }

  /** Every value whose boundary contains [lon, lat], edges included; boundaries may overlap. */
  containing(lon: number, lat: number): T[] {
    const found: T[] = [];
    for (const { value, boundary, box } of this.entries) {
      if (lon < box[0] || lat < box[1] || lon > box[2] || lat > box[3]) continue;
      if (booleanPointInPolygon([lon, lat], boundary)) found.push(value);
    }
    return found;
  }
}

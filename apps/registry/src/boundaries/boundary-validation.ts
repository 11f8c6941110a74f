import type { Boundary } from '#libs/contracts';

/**
 * Checks that a value is a GeoJSON Polygon or MultiPolygon in WGS84 with closed rings of at least
 * four positions. Returns one message per problem, each naming where it is; empty when valid.
 */
export function boundaryProblems(value: unknown, field = 'boundary'): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${field} must be a GeoJSON Polygon or MultiPolygon object`];
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type !== 'Polygon' && type !== 'MultiPolygon') return [`${field}.type must be "Polygon" or "MultiPolygon"; got ${JSON.stringify(type)}`];
  if (!Array.isArray(coordinates) || coordinates.length === 0) return [`${field}.coordinates must be a non-empty array`];
  if (type === 'Polygon') return polygonProblems(coordinates, `${field}.coordinates`);
  return coordinates.flatMap((polygon, i) =>
    Array.isArray(polygon) && polygon.length > 0 ? polygonProblems(polygon, `${field}.coordinates[${i}]`) : [`${field}.coordinates[${i}] must be a non-empty array of rings`],
  );
}

export function isBoundary(value: unknown): value is Boundary {
  return boundaryProblems(value).length === 0;
}

function polygonProblems(rings: unknown[], path: string): string[] {
  return rings.flatMap((ring, i) => ringProblems(ring, `${path}[${i}]`));
}

function ringProblems(ring: unknown, path: string): string[] {
  if (!Array.isArray(ring)) return [`${path} must be an array of positions`];
  if (ring.length < 4) return [`${path} has ${ring.length} positions; a ring needs at least 4`];
  const problems = ring.flatMap((position, i) => positionProblems(position, `${path}[${i}]`));
  if (problems.length > 0) return problems;
  const [first, last] = [ring[0] as number[], ring[ring.length - 1] as number[]];
  if (first[0] !== last[0] || first[1] !== last[1]) return [`${path} is not closed: its last position must equal its first`];
  return [];
}

function positionProblems(position: unknown, path: string): string[] {
  if (!Array.isArray(position) || position.length < 2 || position.slice(0, 2).some((n) => typeof n !== 'number' || !Number.isFinite(n))) {
    return [`${path} must be a position [longitude, latitude] of two numbers`];
  }
  const [lon, lat] = position as number[];
  const problems: string[] = [];
  if (lon < -180 || lon > 180) problems.push(`${path}: longitude ${lon} is outside -180..180`);
  if (lat < -90 || lat > 90) problems.push(`${path}: latitude ${lat} is outside -90..90`);
  return problems;
}

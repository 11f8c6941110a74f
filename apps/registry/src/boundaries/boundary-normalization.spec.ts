import type { Boundary } from '#libs/contracts';
import { normalizedBoundary } from './boundary-normalization.js';

/** Twice the signed area (shoelace): positive for a counterclockwise ring in lon/lat. */
const signedArea = (ring: number[][]): number => ring.slice(1).reduce((sum, [x, y], i) => sum + (ring[i][0] * y - x * ring[i][1]), 0);

const counterclockwise = [
  [-122.7, 45.5],
  [-122.6, 45.5],
  [-122.6, 45.6],
  [-122.7, 45.6],
  [-122.7, 45.5],
];
const clockwise = [...counterclockwise].reverse();
const holeCounterclockwise = [
  [-122.68, 45.52],
  [-122.62, 45.52],
  [-122.62, 45.58],
  [-122.68, 45.58],
  [-122.68, 45.52],
];

describe('normalizedBoundary', () => {
  it('turns a clockwise exterior ring counterclockwise and a counterclockwise hole clockwise', () => {
    const given: Boundary = { type: 'Polygon', coordinates: [clockwise, holeCounterclockwise] };
    const [exterior, hole] = (normalizedBoundary(given) as { coordinates: number[][][] }).coordinates;
    expect(signedArea(exterior)).toBeGreaterThan(0);
    expect(signedArea(hole)).toBeLessThan(0);
    expect(exterior).toEqual(counterclockwise);
  });

  it('rewinds each polygon of a MultiPolygon and keeps those already right', () => {
    const given: Boundary = { type: 'MultiPolygon', coordinates: [[clockwise], [counterclockwise]] };
    const polygons = (normalizedBoundary(given) as { coordinates: number[][][][] }).coordinates;
    expect(polygons.map(([exterior]) => signedArea(exterior) > 0)).toEqual([true, true]);
    expect(polygons[1][0]).toEqual(counterclockwise);
  });

  it('rounds positions to seven decimal places', () => {
    const fine = [
      [-122.70000001234567, 45.50000006123456],
      [-122.5999999876543, 45.5000000498765],
      [-122.6, 45.6],
      [-122.7, 45.6],
      [-122.70000001234567, 45.50000006123456],
    ];
    const [exterior] = (normalizedBoundary({ type: 'Polygon', coordinates: [fine] }) as { coordinates: number[][][] }).coordinates;
    expect(exterior.slice(0, 2)).toEqual([
      [-122.7, 45.5000001],
      [-122.6, 45.5],
    ]);
    for (const value of exterior.flat()) expect(String(value).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(7);
  });

  it('leaves its argument as it was and changes nothing the second time', () => {
    const given: Boundary = { type: 'Polygon', coordinates: [clockwise.map((p) => [...p])] };
    const copy = structuredClone(given);
    const once = normalizedBoundary(given);
    expect(given).toEqual(copy);
    expect(normalizedBoundary(once)).toEqual(once);
  });
});

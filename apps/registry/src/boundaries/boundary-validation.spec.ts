import { boundaryProblems, isBoundary } from './boundary-validation.js';

const square = [
  [-122.7, 45.5],
  [-122.6, 45.5],
  [-122.6, 45.6],
  [-122.7, 45.6],
  [-122.7, 45.5],
];

describe('boundaryProblems', () => {
  it('accepts a Polygon and a MultiPolygon with closed rings in WGS84', () => {
    expect(boundaryProblems({ type: 'Polygon', coordinates: [square] })).toEqual([]);
    expect(boundaryProblems({ type: 'MultiPolygon', coordinates: [[square], [square]] })).toEqual([]);
    expect(isBoundary({ type: 'Polygon', coordinates: [square] })).toBe(true);
  });

  it('names a longitude or latitude outside WGS84 by its position', () => {
    const ring = square.map((p) => [...p]);
    ring[3] = [200, 45.6];
    ring[2] = [-122.6, 95];
    expect(boundaryProblems({ type: 'Polygon', coordinates: [ring] })).toEqual([
      'boundary.coordinates[0][2]: latitude 95 is outside -90..90',
      'boundary.coordinates[0][3]: longitude 200 is outside -180..180',
    ]);
  });

  it('rejects an open ring and a ring of fewer than 4 positions', () => {
    expect(boundaryProblems({ type: 'Polygon', coordinates: [square.slice(0, 4)] })).toEqual([
      'boundary.coordinates[0] is not closed: its last position must equal its first',
    ]);
    expect(boundaryProblems({ type: 'MultiPolygon', coordinates: [[square], [[square[0], square[1], square[0]]]] })).toEqual([
      'boundary.coordinates[1][0] has 3 positions; a ring needs at least 4',
    ]);
  });

  it('rejects other geometry types, missing coordinates and malformed positions', () => {
    expect(boundaryProblems({ type: 'Point', coordinates: [0, 0] })).toEqual(['boundary.type must be "Polygon" or "MultiPolygon"; got "Point"']);
    expect(boundaryProblems('nope', 'area')).toEqual(['area must be a GeoJSON Polygon or MultiPolygon object']);
    expect(boundaryProblems({ type: 'Polygon', coordinates: [] })).toEqual(['boundary.coordinates must be a non-empty array']);
    const ring = square.map((p) => [...p]) as unknown[];
    ring[1] = ['a', 45];
    expect(boundaryProblems({ type: 'Polygon', coordinates: [ring] })).toEqual(['boundary.coordinates[0][1] must be a position [longitude, latitude] of two numbers']);
  });
});

import type { Boundary } from '#libs/contracts';
import { councilDistrictBoundaries, councilDistrictsOf } from './council-districts.js';

const box = (west: number, south: number, east: number, north: number): Boundary => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ],
});

describe('councilDistrictsOf', () => {
  const districts = [
    { district: '2', boundary: box(-122.6, 45.5, -122.5, 45.6) },
    { district: '1', boundary: box(-122.5, 45.5, -122.4, 45.6) },
    { district: '10', boundary: { type: 'MultiPolygon', coordinates: [box(-122.9, 45.0, -122.8, 45.1).coordinates as number[][][]] } as Boundary },
  ];

  it('lists every district a boundary overlaps, in numeric order', () => {
    expect(councilDistrictsOf(box(-122.55, 45.52, -122.45, 45.55), districts)).toEqual(['1', '2']);
    expect(councilDistrictsOf(box(-122.58, 45.52, -122.56, 45.55), districts)).toEqual(['2']);
    expect(councilDistrictsOf(box(-122.89, 45.01, -122.81, 45.02), districts)).toEqual(['10']);
  });

  it('leaves out a district the boundary only borders or grazes by less than 1% of its area', () => {
    expect(councilDistrictsOf(box(-122.6, 45.52, -122.5, 45.55), districts)).toEqual(['2']);
    expect(councilDistrictsOf(box(-122.6, 45.52, -122.4995, 45.55), districts)).toEqual(['2']);
    expect(councilDistrictsOf(box(-122.6, 45.52, -122.498, 45.55), districts)).toEqual(['1', '2']);
  });

  it('lists none for a boundary away from every district', () => {
    expect(councilDistrictsOf(box(-100, 40, -99, 41), districts)).toEqual([]);
  });
});

describe('councilDistrictBoundaries', () => {
  const square = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };

  it('numbers districts from their division ids and skips those without a boundary', () => {
    expect(
      councilDistrictBoundaries([
        { ocdId: 'ocd-division/country:us/state:or/place:portland/council_district:2', boundary: square },
        { ocdId: 'ocd-division/country:us/state:or/place:portland/council_district:3', boundary: null },
        { ocdId: 'ocd-organization/country:us/state:or/place:portland/bureau:pbot', boundary: square },
      ]),
    ).toEqual([{ district: '2', boundary: square }]);
  });
});

import { BoundaryIndex } from './boundary-index.js';

const square = (x: number, y: number, size: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]],
});

describe('BoundaryIndex', () => {
  const index = new BoundaryIndex([
    { value: 'west', boundary: square(0, 0, 1) },
    { value: 'east', boundary: square(1, 0, 1) },
    { value: 'big', boundary: square(0, 0, 2) },
  ]);

  it('finds every boundary containing a point, overlaps included', () => {
    expect(index.containing(0.5, 0.5).sort()).toEqual(['big', 'west']);
    expect(index.containing(1.5, 1.5)).toEqual(['big']);
  });

  it('counts a shared edge as inside both', () => {
    expect(index.containing(1, 0.5).sort()).toEqual(['big', 'east', 'west']);
  });

  it('finds nothing outside every boundary', () => {
    expect(index.containing(5, 5)).toEqual([]);
  });
});

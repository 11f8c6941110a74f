import pointOnFeature from '@turf/point-on-feature';
import { portland } from '../seed/portland-fixture.js';
import { BoundaryIndex } from '#libs/geo';

describe('BoundaryIndex over Portland', () => {
  const mapped = portland.filter((o) => o.boundary !== null);
  const index = new BoundaryIndex(mapped.map((o) => ({ value: o, boundary: o.boundary! })));
  const associations = portland.filter((o) => o.kind === 'neighborhood_association');

  it('resolves each neighborhood association’s point on its surface to that association', () => {
    for (const na of associations) {
      const [lon, lat] = na.representativePoint!;
      expect(index.containing(lon, lat).map((o) => o.slug)).toContain(na.slug);
    }
  });

  it('resolves a neighborhood association’s point to a council district it is in', () => {
    // SOURCE.txt: these two polygons reach beyond every district (Milwaukie; the Columbia River).
    const beyond = ['ardenwald-johnson-creek', 'hayden-island'];
    for (const na of associations.filter((o) => !beyond.includes(o.slug))) {
      const [lon, lat] = na.representativePoint!;
      const districts = index.containing(lon, lat).filter((o) => o.kind === 'council_district');
      expect(districts).toHaveLength(1);
      expect(na.councilDistricts).toContain(districts[0].councilDistricts[0]);
    }
  });

  it('returns every overlapping boundary: the shared Ashcreek/Crestwood area belongs to both', () => {
    const crestwood = associations.find((o) => o.slug === 'crestwood')!;
    const ashcreek = associations.find((o) => o.slug === 'ashcreek')!;
    const sharedByBoth = crestwood.boundary!.type === 'MultiPolygon' ? crestwood.boundary!.coordinates : [];
    const inBoth = sharedByBoth.find((p) => JSON.stringify(ashcreek.boundary).includes(JSON.stringify(p)));
    expect(inBoth).toBeDefined();
    const [lon, lat] = pointOnFeature({ type: 'Polygon', coordinates: inBoth! }).geometry.coordinates;
    const found = index.containing(lon, lat).map((o) => o.slug);
    expect(found).toEqual(expect.arrayContaining(['ashcreek', 'crestwood']));
  });

  it('finds nothing far outside the city', () => {
    expect(index.containing(-122.3, 47.6)).toEqual([]); // Seattle
    expect(index.containing(0, 0)).toEqual([]);
  });
});

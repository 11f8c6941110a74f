import { planImport, type ImportTarget } from './import-plan.js';
import { ImportFileError, readImport } from './organization-import.js';

const kenton: ImportTarget = {
  id: '0190a000-0000-7000-8000-000000000001',
  slug: 'kenton',
  ocdId: 'ocd-organization/country:us/state:or/place:portland/neighborhood_association:kenton',
  kind: 'neighborhood_association',
  name: 'Kenton',
  status: 'active',
  parentId: '0190a000-0000-7000-8000-000000000002',
  website: null,
  publicEmail: null,
  languages: [],
  meetingSchedule: null,
  serviceArea: null,
  bureauCode: null,
  boundary: null,
  representativePoint: null,
};
const npns: ImportTarget = { ...kenton, id: '0190a000-0000-7000-8000-000000000002', slug: 'npns', ocdId: 'ocd-organization/x:npns', kind: 'district_coalition', name: 'NPNS', parentId: null };

describe('readImport', () => {
  it('reads CSV rows with their line numbers, making slugs from names', () => {
    const rows = readImport('csv', 'name,kind,languages,lat,lon\nCafé Norte,community_organization,en;es,45.58,-122.68\n');
    expect(rows).toEqual([
      { ref: 'row 2', fields: { slug: 'cafe-norte', name: 'Café Norte', kind: 'community_organization', languages: ['en', 'es'], representativePoint: [-122.68, 45.58] }, problems: [] },
    ]);
  });

  it('names each bad field of a row with its rule', () => {
    const [row] = readImport('csv', 'slug,kind,website,publicEmail,languages,status,lat\nBad Slug,club,ftp://x,nobody,english!,archived,91\n');
    expect(row.problems).toEqual([
      'slug: "Bad Slug" must be lowercase words joined by hyphens',
      expect.stringMatching(/^kind: "club" must be one of /),
      'website: "ftp://x" must be an http(s) URL',
      'publicEmail: "nobody" must be an email address',
      'languages: "english!" must be BCP 47 tags such as en, es or zh-Hant',
      'status: "archived" must be active or inactive (archive through its own route)',
      'lat, lon: give both or neither',
    ]);
  });

  it('refuses a file with an unknown column, or nothing in it, as a whole', () => {
    expect(() => readImport('csv', 'slug,ward\nkenton,3\n')).toThrow(/unknown column\(s\) "ward"/);
    expect(() => readImport('csv', 'slug,name\n')).toThrow(/holds no organizations/);
    expect(() => readImport('geojson', '{"type":"Feature"}')).toThrow(/FeatureCollection/);
    expect(() => readImport('geojson', '{nope')).toThrow(/not JSON/);
  });

  it('refuses a file with NUL characters, lone surrogates or prototype keys, naming where', () => {
    const refusal = (format: 'csv' | 'geojson', content: string) => {
      try {
        readImport(format, content);
      } catch (e) {
        return { field: (e as ImportFileError).field, rule: (e as ImportFileError).rule };
      }
      return null;
    };
    expect(refusal('csv', 'slug,name\nkenton,Ken\u0000ton\n')).toEqual({ field: 'content', rule: 'noNul' });
    const feature = (properties: string) => `{"type":"FeatureCollection","features":[{"type":"Feature","properties":${properties},"geometry":null}]}`;
    expect(refusal('geojson', feature('{"slug":"kenton","name":"Ken\\u0000ton"}'))).toEqual({ field: 'content.features.0.properties.name', rule: 'noNul' });
    expect(refusal('geojson', feature('{"slug":"kenton","name":"\\ud800"}'))).toEqual({ field: 'content.features.0.properties.name', rule: 'isUtf8' });
    expect(refusal('geojson', feature('{"slug":"kenton","__proto__":{"name":"x"}}'))).toEqual({ field: 'content.features.0.properties.__proto__', rule: 'forbidden' });
  });

  it('reads GeoJSON boundaries and points, and reports an open ring and a duplicate slug', () => {
    const square = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
    const open = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] };
    const doc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { slug: 'a', name: 'A' }, geometry: square },
        { type: 'Feature', properties: { slug: 'b', id: 'ignored', councilDistricts: ['1'] }, geometry: { type: 'Point', coordinates: [-122.6, 45.5] } },
        { type: 'Feature', properties: { slug: 'a', ward: 2 }, geometry: open },
      ],
    };
    const [a, b, again] = readImport('geojson', JSON.stringify(doc));
    expect(a.fields.boundary).toEqual(square);
    expect(b).toEqual({ ref: 'feature 1', fields: { slug: 'b', representativePoint: [-122.6, 45.5] }, problems: [] });
    expect(again.problems).toEqual([
      expect.stringMatching(/^properties\.ward: unknown property/),
      'geometry: geometry.coordinates[0] is not closed: its last position must equal its first',
      'slug: "a" is also in feature 0',
    ]);
  });
});

describe('planImport', () => {
  it('creates the new, updates only the fields given, and leaves the same alone', () => {
    const rows = readImport('csv', 'slug,name,kind,website,parent\nkenton,Kenton,,https://kenton.example,npns\nnpns,NPNS,,,\nnew-club,New Club,community_organization,,new-parent\nnew-parent,New Parent,district_coalition,,\n');
    const plan = planImport(rows, [kenton, npns]);
    expect(plan.map((p) => [p.slug, p.action])).toEqual([
      ['kenton', 'update'],
      ['npns', 'unchanged'],
      ['new-club', 'create'],
      ['new-parent', 'create'],
    ]);
    expect(plan[0].changes).toEqual([{ field: 'website', from: null, to: 'https://kenton.example' }]);
    // An empty cell clears an optional field; npns has no website, so nothing changes.
    expect(plan[1].changes).toEqual([]);
    expect(plan[2].parent).toEqual({ newSlug: 'new-parent' });
  });

  it('marks unchanged rows, unknown parents, archived targets and incomplete new ones invalid or unchanged', () => {
    const rows = readImport('csv', 'slug,name,parent\nkenton,Kenton,npns\nghost,,nowhere\narchived,Archived,\n');
    const plan = planImport(rows, [kenton, npns, { ...kenton, id: '0190a000-0000-7000-8000-000000000003', slug: 'archived', ocdId: 'x:archived', name: 'Archived', status: 'archived' }]);
    expect(plan[0].action).toBe('unchanged');
    expect(plan[1]).toEqual(expect.objectContaining({ action: 'invalid', problems: ['name: must not be empty', 'parent: no organization has slug or id "nowhere"', 'kind: a new organization needs a kind'] }));
    expect(plan[2]).toEqual(expect.objectContaining({ action: 'invalid', problems: ['slug: "archived" is archived and can no longer change'] }));
  });
});

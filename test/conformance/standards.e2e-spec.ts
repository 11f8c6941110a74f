import { getIssues } from '@placemarkio/check-geojson';
import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import pg from 'pg';
import { TestNamespace } from '#libs/testing';
import { startPlatform, type RunningPlatform } from '../support/platform.js';

/** Every calendar feed route the gateway serves; a documented one missing here fails the suite. */
const FEED_ROUTES = ['/v1/calendars/city.ics', '/v1/calendars/bureaus/{code}.ics', '/v1/calendars/districts/{n}.ics', '/v1/calendars/organizations/{slug}.ics'];
/** Every GeoJSON export route. */
const GEOJSON_ROUTES = ['/v1/organizations.geojson'];

type Position = number[];
type Polygon = Position[][];
interface Geometry {
  type: string;
  coordinates: unknown;
}

/** Twice the signed area of a ring (shoelace): positive when counterclockwise in lon/lat. */
const signedArea = (ring: Position[]): number => ring.slice(1).reduce((sum, [x, y], i) => sum + (ring[i][0] * y - x * ring[i][1]), 0);
const decimals = (n: number): number => (String(n).split('.')[1] ?? '').length;
const polygonsOf = (g: Geometry): Polygon[] => (g.type === 'Polygon' ? [g.coordinates as Polygon] : g.type === 'MultiPolygon' ? (g.coordinates as Polygon[]) : []);

/** What breaks RFC 7946 §3.1.6 (exterior rings counterclockwise, holes clockwise) or the 7 decimal places the registry keeps. */
function geometryProblems(name: string, g: Geometry | null): string[] {
  if (!g) return [];
  const problems: string[] = [];
  const positions = g.type === 'Point' ? [g.coordinates as Position] : polygonsOf(g).flat(2);
  if (positions.some((p) => p.some((n) => decimals(n) > 7))) problems.push(`${name}: a coordinate has more than 7 decimal places`);
  polygonsOf(g).forEach((polygon, p) =>
    polygon.forEach((ring, r) => {
      const area = signedArea(ring);
      if (r === 0 && area <= 0) problems.push(`${name}: polygon ${p}'s exterior ring is not counterclockwise`);
      if (r > 0 && area >= 0) problems.push(`${name}: polygon ${p}'s hole ${r} is not clockwise`);
    }),
  );
  return problems;
}

/**
 * What the platform serves, read by parsers and validators it did not write: every iCalendar feed
 * (ical.js and node-ical), every GeoJSON export (check-geojson, ring orientation and precision) and
 * `/metrics` (parse-prometheus-text-format, and only counters end in `_total`). The platform runs
 * as `npm start` does, in a time zone far from UTC, so a time written in local time shows.
 */
describe('standards conformance of what the platform serves', () => {
  const ns = new TestNamespace();
  const env = ns.env({ natsUrl: null, extra: { TZ: 'America/Los_Angeles' } });
  let platform: RunningPlatform;
  const keys = { admin: '', pbot: '' };
  const ids = { addressed: '', placeOnly: '', offered: '', online: '', cancelled: '' };
  let kenton: { representativePoint: [number, number]; councilDistricts: string[]; parentId: string };
  let coalitionSlug: string;
  let feeds: string[];

  const call = async (key: string, method: string, path: string, body?: object) => {
    const res = await fetch(`${platform.base}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, type: res.headers.get('content-type') ?? '', text, json: () => JSON.parse(text) as Record<string, unknown> };
  };

  const publish = async (title: string, date: string, extra: Record<string, unknown>) => {
    const res = await call(keys.pbot, 'POST', '/v1/engagements', { title, kind: 'open_house', startsAt: `${date}T18:00:00`, endsAt: `${date}T20:00:00`, ...extra });
    expect([title, res.status, res.text]).toEqual([title, 201, expect.any(String)]);
    return res.json().id as string;
  };

  beforeAll(async () => {
    platform = await startPlatform(env);
    keys.admin = platform.createKey('--role', 'admin', '--label', 'conformance');
    keys.pbot = platform.createKey('--role', 'bureau', '--bureau', 'PBOT');
    kenton = (await call(keys.admin, 'GET', '/v1/organizations/kenton')).json() as typeof kenton;
    coalitionSlug = (await call(keys.admin, 'GET', `/v1/organizations/${kenton.parentId}`)).json().slug as string;
    const [lon, lat] = kenton.representativePoint;
    ids.addressed = await publish('Lombard safety walk', '2027-03-02', { location: { address: '8105 N Brandon Ave, Portland', lat, lon } });
    // A place given only by latitude and longitude, as finely as a phone reports it.
    ids.placeOnly = await publish('Kenton park cleanup', '2027-03-03', { location: { lat: lat + 0.00012345678901, lon: lon - 0.00012345678901 } });
    ids.offered = await publish('Interstate corridor workshop', '2027-03-04', {
      location: { address: 'Kenton Firehouse', lat, lon },
      languages: ['en', 'es'],
      accessibility: { nearTransit: true, accessibleVenue: true },
    });
    ids.online = await publish('Bike plan webinar', '2027-03-05', { location: { onlineUrl: 'https://meet.example.gov/bike-plan' } });
    ids.cancelled = await publish('Cancelled open house', '2027-03-06', { location: { address: 'Kenton Library', lat, lon } });
    expect((await call(keys.pbot, 'POST', `/v1/engagements/${ids.cancelled}/cancel`, {})).status).toBe(200);
    feeds = [
      '/v1/calendars/city.ics',
      '/v1/calendars/bureaus/PBOT.ics',
      '/v1/calendars/bureaus/PHB.ics',
      `/v1/calendars/districts/${kenton.councilDistricts[0]}.ics`,
      '/v1/calendars/organizations/kenton.ics',
      `/v1/calendars/organizations/${coalitionSlug}.ics`,
    ];
  });

  afterAll(async () => {
    await platform?.stop();
    await ns.cleanup();
  });

  it('tests every calendar feed and GeoJSON export the OpenAPI document lists', async () => {
    const paths = Object.entries((await call(keys.admin, 'GET', '/docs-json')).json().paths as Record<string, Record<string, { responses?: Record<string, { content?: object }> }>>);
    const serving = (media: RegExp) =>
      paths
        .filter(([, operations]) => Object.values(operations).some((op) => Object.values(op.responses ?? {}).some((r) => Object.keys(r.content ?? {}).some((type) => media.test(type)))))
        .map(([path]) => path);
    expect(FEED_ROUTES).toEqual(expect.arrayContaining(serving(/^text\/calendar/)));
    expect(serving(/^text\/calendar/)).toEqual(expect.arrayContaining(FEED_ROUTES));
    expect(GEOJSON_ROUTES).toEqual(expect.arrayContaining([...serving(/geo\+json/), ...paths.map(([path]) => path).filter((p) => p.endsWith('.geojson'))]));
    // Each route template has a concrete feed below.
    for (const route of FEED_ROUTES) expect(feeds.some((f) => new RegExp(`^${route.replace(/\./g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`).test(f))).toBe(true);
  });

  describe('iCalendar (RFC 5545)', () => {
    /** A feed as a calendar app fetches it (no key), and what both parsers make of it. */
    async function feed(path: string) {
      const res = await fetch(`${platform.base}${path}`);
      const text = await res.text();
      expect([path, res.status, res.headers.get('content-type')]).toEqual([path, 200, 'text/calendar; charset=utf-8']);
      const calendar = new ICAL.Component(ICAL.parse(text));
      const icalJs = new Map(calendar.getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')), v]));
      const parsed = nodeIcal.sync.parseICS(text);
      const nodeIcalEvents = new Map(
        Object.values(parsed)
          .filter((c): c is VEvent => c?.type === 'VEVENT')
          .map((e) => [e.uid, e]),
      );
      return { text, lines: text.split('\r\n'), calendar, icalJs, nodeIcal: nodeIcalEvents };
    }
    const uid = (id: string) => `${id}@engagement.civic`;

    it('serves every feed as iCalendar both parsers read alike: same events, one DTSTAMP each, in UTC with Z', async () => {
      for (const path of feeds) {
        const { text, lines, calendar, icalJs, nodeIcal: other } = await feed(path);
        expect([path, [...icalJs.keys()].sort()]).toEqual([path, [...other.keys()].sort()]);
        // Lines end in CRLF and are folded at 75 octets; a feed holds at least one component.
        expect(text.endsWith('END:VCALENDAR\r\n') || text.endsWith('END:VCALENDAR')).toBe(true);
        expect(lines.filter((l) => Buffer.byteLength(l) > 75)).toEqual([]);
        expect(calendar.getAllSubcomponents().length).toBeGreaterThan(0);
        expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
        expect(calendar.getFirstPropertyValue('prodid')).toEqual(expect.any(String));
        // Only registered properties or X- extensions: no TIMEZONE-ID.
        expect(lines.filter((l) => /^TIMEZONE-ID[:;]/.test(l))).toEqual([]);
        const stamps = lines.filter((l) => /^(DTSTAMP|LAST-MODIFIED)[:;]/.test(l));
        expect(stamps.length).toBe(2 * icalJs.size);
        for (const stamp of stamps) expect([path, stamp]).toEqual([path, expect.stringMatching(/^(DTSTAMP|LAST-MODIFIED):\d{8}T\d{6}Z$/)]);
        for (const [id, vevent] of icalJs) {
          expect(vevent.getAllProperties('dtstamp')).toHaveLength(1);
          expect(vevent.getAllProperties('uid')).toHaveLength(1);
          const theirs = other.get(id)!;
          expect(new ICAL.Event(vevent).startDate.toJSDate().toISOString()).toBe(new Date(theirs.start).toISOString());
          expect((vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe(new Date(theirs.dtstamp).toISOString());
        }
      }
    });

    it('stamps each event with the instant it last changed, whatever the server’s TZ', async () => {
      const { icalJs, nodeIcal: other } = await feed('/v1/calendars/city.ics');
      for (const id of Object.values(ids)) {
        const updatedAt = new Date((await call(keys.admin, 'GET', `/v1/engagements/${id}`)).json().updatedAt as string);
        const second = new Date(Math.floor(updatedAt.getTime() / 1000) * 1000).toISOString();
        const stamp = icalJs.get(uid(id))!.getFirstPropertyValue('dtstamp') as ICAL.Time;
        expect([id, stamp.zone?.tzid, stamp.toJSDate().toISOString()]).toEqual([id, 'UTC', second]);
        expect(new Date(other.get(uid(id))!.dtstamp).toISOString()).toBe(second);
        expect(new Date(other.get(uid(id))!.lastmodified!).toISOString()).toBe(second);
      }
    });

    it('gives a place known only by latitude and longitude a LOCATION and a GEO both parsers read', async () => {
      const { icalJs, nodeIcal: other } = await feed('/v1/calendars/city.ics');
      const [lon, lat] = kenton.representativePoint;
      const event = icalJs.get(uid(ids.placeOnly))!;
      const [geoLat, geoLon] = event.getFirstPropertyValue('geo') as number[];
      expect(Math.abs(geoLat - (lat + 0.00012345678901))).toBeLessThan(1e-6);
      expect(Math.abs(geoLon - (lon - 0.00012345678901))).toBeLessThan(1e-6);
      expect(other.get(uid(ids.placeOnly))!.geo).toEqual({ lat: geoLat, lon: geoLon });
      const location = String(event.getFirstPropertyValue('location'));
      expect(location).toContain('Kenton');
      expect(location).toContain(`council district ${kenton.councilDistricts[0]}`);
      expect(other.get(uid(ids.placeOnly))!.location).toBe(location);
      // An addressed place keeps its address and gains its GEO; an online one links its meeting.
      expect(icalJs.get(uid(ids.addressed))!.getFirstPropertyValue('location')).toBe('8105 N Brandon Ave, Portland');
      expect(icalJs.get(uid(ids.addressed))!.getFirstPropertyValue('geo')).toEqual([expect.any(Number), expect.any(Number)]);
      expect(icalJs.get(uid(ids.online))!.getFirstPropertyValue('url')).toBe('https://meet.example.gov/bike-plan');
      // node-ical keeps the VALUE=URI parameter beside the value.
      const url: unknown = other.get(uid(ids.online))!.url;
      expect(typeof url === 'object' ? (url as { val: string }).val : url).toBe('https://meet.example.gov/bike-plan');
    });

    it('describes languages and what is offered in words', async () => {
      const { icalJs, nodeIcal: other } = await feed('/v1/calendars/bureaus/PBOT.ics');
      const description = String(icalJs.get(uid(ids.offered))!.getFirstPropertyValue('description'));
      expect(description).toContain('Offered in English and Spanish.');
      expect(description).toContain('Near transit; accessible venue.');
      expect(description).not.toMatch(/nearTransit|accessibleVenue|Languages: /);
      expect(other.get(uid(ids.offered))!.description).toBe(description);
      expect(icalJs.get(uid(ids.cancelled))!.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(other.get(uid(ids.cancelled))!.status).toBe('CANCELLED');
    });
  });

  describe('GeoJSON (RFC 7946)', () => {
    const clockwiseFine = (lon: number, lat: number): Polygon => {
      const d = 0.0012345678901234;
      return [
        [
          [lon - d, lat - d],
          [lon - d, lat + d],
          [lon + d, lat + d],
          [lon + d, lat - d],
          [lon - d, lat - d],
        ],
      ];
    };

    async function exported(path: string) {
      const res = await call(keys.admin, 'GET', path);
      expect([path, res.status, res.type]).toEqual([path, 200, expect.stringMatching(/^application\/geo\+json/)]);
      return res;
    }

    it('exports valid GeoJSON, exterior rings counterclockwise, holes clockwise, at most 7 decimal places', async () => {
      for (const path of [...GEOJSON_ROUTES, `/v1/organizations.geojson?coalition=${coalitionSlug}`, '/v1/organizations.geojson?kind=council_district']) {
        const res = await exported(path);
        expect([path, getIssues(res.text)]).toEqual([path, []]);
        const collection = res.json() as { type: string; features: Array<{ properties: { slug: string }; geometry: Geometry | null }> };
        expect(collection.features.length).toBeGreaterThan(0);
        expect([path, collection.features.flatMap((f) => geometryProblems(f.properties.slug, f.geometry))]).toEqual([path, []]);
      }
      // Portland's seed has holes, so the hole rule is exercised.
      const all = (await exported('/v1/organizations.geojson')).json() as { features: Array<{ geometry: Geometry | null }> };
      expect(all.features.some((f) => f.geometry && polygonsOf(f.geometry).some((p) => p.length > 1))).toBe(true);
    });

    it('rewinds and rounds a clockwise, finely drawn boundary sent over HTTP', async () => {
      const [lon, lat] = kenton.representativePoint;
      const boundary = { type: 'Polygon', coordinates: clockwiseFine(lon, lat) };
      const created = await call(keys.admin, 'POST', '/v1/organizations', { slug: 'kenton-garden-club', kind: 'community_organization', name: 'Kenton Garden Club', boundary });
      expect([created.status, created.text]).toEqual([201, expect.any(String)]);
      expect(geometryProblems('created', created.json().boundary as Geometry)).toEqual([]);
      const res = await exported('/v1/organizations.geojson?kind=community_organization');
      expect(getIssues(res.text)).toEqual([]);
      const feature = (res.json().features as Array<{ properties: { slug: string }; geometry: Geometry }>).find((f) => f.properties.slug === 'kenton-garden-club')!;
      expect(geometryProblems('kenton-garden-club', feature.geometry)).toEqual([]);
      const [ring] = feature.geometry.coordinates as Polygon;
      expect(ring[0]).toEqual([Math.round((lon - 0.0012345678901234) * 1e7) / 1e7, Math.round((lat - 0.0012345678901234) * 1e7) / 1e7]);
    });

    it('serves a boundary stored before the rule, clockwise with 14 decimal places, rewound and rounded', async () => {
      const [lon, lat] = kenton.representativePoint;
      const db = new pg.Client({ connectionString: ns.databaseUrl('registry') });
      await db.connect();
      try {
        await db.query(`UPDATE organization SET boundary = $1 WHERE slug = 'kenton-garden-club'`, [JSON.stringify({ type: 'Polygon', coordinates: clockwiseFine(lon, lat) })]);
        const [stored] = (await db.query<{ boundary: Geometry }>(`SELECT boundary FROM organization WHERE slug = 'kenton-garden-club'`)).rows;
        expect(geometryProblems('stored', stored.boundary)).not.toEqual([]);
      } finally {
        await db.end();
      }
      const res = await exported('/v1/organizations.geojson?kind=community_organization');
      const feature = (res.json().features as Array<{ properties: { slug: string }; geometry: Geometry }>).find((f) => f.properties.slug === 'kenton-garden-club')!;
      expect(geometryProblems('kenton-garden-club', feature.geometry)).toEqual([]);
      expect(geometryProblems('record', (await call(keys.admin, 'GET', '/v1/organizations/kenton-garden-club')).json().boundary as Geometry)).toEqual([]);
    });
  });

  describe('Prometheus text format', () => {
    it('exposes /metrics a parser reads whole, with `_total` only on counters', async () => {
      const res = await fetch(`${platform.base}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = await res.text();
      const families = parsePrometheusTextFormat(text);
      const typed = text.split('\n').filter((l) => l.startsWith('# TYPE '));
      expect(families.map((f) => f.name).sort()).toEqual(typed.map((l) => l.split(' ')[2]).sort());
      expect(new Set(families.map((f) => f.name)).size).toBe(families.length);
      for (const { name, type } of families) {
        expect([name, /^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(name)]).toEqual([name, true]);
        expect([name, type, name.endsWith('_total')]).toEqual([name, type, type === 'COUNTER']);
      }
      // Every sample line is `name{labels} value`, its name one of a declared family's.
      const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([a-zA-Z_][a-zA-Z0-9_]*="(\\.|[^"\\])*",?)*\})? (-?[0-9.e+-]+|NaN|[+-]Inf)( -?\d+)?$/;
      const names = new Set(families.map((f) => f.name));
      for (const line of text.split('\n').filter((l) => l !== '' && !l.startsWith('#'))) {
        const match = sample.exec(line);
        expect([line, match !== null]).toEqual([line, true]);
        const base = match![1].replace(/_(bucket|sum|count)$/, '');
        expect([line, names.has(match![1]) || names.has(base)]).toEqual([line, true]);
      }
      // Node's defaults stay, less the three gauges prom-client names `_total`.
      expect([...names]).toEqual(expect.arrayContaining(['nodejs_active_handles', 'nodejs_eventloop_lag_seconds', 'process_cpu_seconds_total', 'civic_events_published_total']));
    });
  });
});

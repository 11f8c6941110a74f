import { ConflictDetector } from './conflict-detector.js';
import { reachKey, reachKeysOf, type Reach, type ReachSource } from './reach.js';

const at = (hhmm: string) => new Date(`2026-12-03T${hhmm}:00-08:00`);
const KENTON = '0190a3e5-0000-7000-8000-000000000001';
const ARBOR_LODGE = '0190a3e5-0000-7000-8000-000000000002';
const VOZ = '0190a3e5-0000-7000-8000-000000000003';
const organizations = new Map([
  [KENTON, { kind: 'neighborhood_association', councilDistricts: ['2'] }],
  [ARBOR_LODGE, { kind: 'neighborhood_association', councilDistricts: ['2'] }],
  [VOZ, { kind: 'community_organization', councilDistricts: [] }],
]);

const place = (overrides: Partial<ReachSource>): ReachSource => ({
  lat: 45.58,
  lon: -122.68,
  address: '8105 N Brandon Ave',
  neighborhoodIds: [],
  locationDistricts: [],
  audienceOrganizationIds: [],
  audienceDistricts: [],
  communityTags: [],
  ...overrides,
});

let n = 0;
function engagement(start: string, end: string, source: Partial<ReachSource>, bureau = 'PBOT'): Reach {
  n++;
  return { id: `e${n}`, bureau, startsAt: at(start), endsAt: at(end), keys: reachKeysOf(place(source), (id) => organizations.get(id)) };
}

describe('ConflictDetector', () => {
  const detector = new ConflictDetector(60);
  const subject = engagement('18:00', '20:00', { neighborhoodIds: [KENTON], locationDistricts: ['2'], audienceOrganizationIds: [VOZ] });

  it('rates a shared organization high, a shared neighborhood medium, a shared council district low', () => {
    const org = engagement('18:30', '19:30', { neighborhoodIds: [ARBOR_LODGE], locationDistricts: ['3'], audienceOrganizationIds: [VOZ] }, 'BES');
    const neighborhood = engagement('18:30', '19:30', { neighborhoodIds: [KENTON], locationDistricts: ['2'] }, 'BES');
    const district = engagement('18:30', '19:30', { neighborhoodIds: [ARBOR_LODGE], locationDistricts: ['2'] }, 'BES');
    const found = detector.detect(subject, [org, neighborhood, district]);
    expect(found.map((f) => [f.other.id, f.severity])).toEqual([
      [org.id, 'high'],
      [neighborhood.id, 'medium'],
      [district.id, 'low'],
    ]);
    expect(found[1].shared).toEqual([reachKey.neighborhood(KENTON), reachKey.district('2')]);
  });

  it('counts a neighborhood named in the audience like one the place lies in', () => {
    const named = engagement('18:00', '19:00', { lat: 45.5, lon: -122.6, locationDistricts: ['3'], audienceOrganizationIds: [KENTON] });
    const [finding] = detector.detect(subject, [named]);
    expect(finding.severity).toBe('medium');
  });

  it('ignores engagements sharing nothing, or apart by at least the buffer', () => {
    const elsewhere = engagement('18:00', '20:00', { neighborhoodIds: [ARBOR_LODGE], locationDistricts: ['3'] });
    const before = engagement('16:00', '17:00', { neighborhoodIds: [KENTON] });
    const after = engagement('21:00', '22:00', { neighborhoodIds: [KENTON] });
    expect(detector.detect(subject, [elsewhere, before, after])).toEqual([]);
  });

  it('conflicts within the buffer, up to a minute from its edge', () => {
    const justBefore = engagement('16:00', '17:01', { neighborhoodIds: [KENTON] });
    const justAfter = engagement('20:59', '22:00', { neighborhoodIds: [KENTON] });
    expect(detector.detect(subject, [justBefore, justAfter])).toHaveLength(2);
    expect(new ConflictDetector(0).detect(subject, [justBefore, justAfter])).toEqual([]);
    const touching = engagement('20:00', '21:00', { neighborhoodIds: [KENTON] });
    expect(new ConflictDetector(0).detect(subject, [touching])).toEqual([]);
  });

  it('lets online engagements conflict only through organizations and community tags', () => {
    const online = (source: Partial<ReachSource>) => engagement('18:00', '19:00', { lat: null, lon: null, address: null, ...source });
    const sameArea = online({ audienceOrganizationIds: [KENTON], audienceDistricts: ['2'] });
    const sameTag = online({ communityTags: ['  Renters '] });
    const sameOrg = online({ audienceOrganizationIds: [VOZ] });
    const tagged = { ...subject, keys: [...subject.keys, reachKey.tag('renters')] };
    // Kenton is named, but online it is an organization, not an area: the subject only lies in Kenton.
    expect(detector.detect(tagged, [sameArea])).toEqual([]);
    expect(detector.detect(tagged, [sameTag]).map((f) => f.severity)).toEqual(['medium']);
    expect(detector.detect(tagged, [sameOrg]).map((f) => f.severity)).toEqual(['high']);
  });
});

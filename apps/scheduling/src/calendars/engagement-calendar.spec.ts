import ICAL from 'ical.js';
import { Engagement } from '../engagements/engagement.entity.js';
import { accessibilitySentence, engagementCalendar, languagesSentence, uidOf } from './engagement-calendar.js';

const engagement = (overrides: Partial<Engagement>): Engagement =>
  Object.assign(new Engagement(), {
    id: '01900000-0000-7000-8000-0000000000aa',
    bureau: 'PBOT',
    title: 'Lombard Street safety, listening session; bring questions',
    description: 'Tell us where crossing feels unsafe.',
    kind: 'listening_session',
    status: 'scheduled',
    startsAt: new Date('2026-12-04T02:00:00Z'),
    endsAt: new Date('2026-12-04T04:00:00Z'),
    timeZone: 'America/Los_Angeles',
    address: '8105 N Brandon Ave, Portland',
    lat: 45.58,
    lon: -122.68,
    onlineUrl: null,
    neighborhoodIds: [],
    locationDistricts: ['2'],
    audienceOrganizationIds: [],
    audienceDistricts: [],
    communityTags: [],
    languages: ['en', 'vi'],
    accessibility: { accessibleVenue: true, asl: true, captioning: false, childcare: false, food: false, nearTransit: true, stipends: false },
    expectedAttendance: null,
    actualAttendance: null,
    contact: { name: 'Pat Example', email: 'pat@example.gov' },
    externalUrl: null,
    externalId: null,
    heldAt: null,
    cancelledAt: null,
    cancellationReason: null,
    version: 1,
    createdAt: new Date('2026-11-20T00:00:00Z'),
    updatedAt: new Date('2026-11-20T00:00:00Z'),
    ...overrides,
  } satisfies Engagement);

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('engagementCalendar', () => {
  it('is valid iCalendar with a VTIMEZONE for America/Los_Angeles and events at the right instants', () => {
    const { calendar, events } = parse(engagementCalendar('Portland engagements', [engagement({})]));
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('America/Los_Angeles');
    const [event] = events;
    expect(event.uid).toBe(uidOf({ id: '01900000-0000-7000-8000-0000000000aa' }));
    expect(event.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('America/Los_Angeles');
    expect(event.startDate.toString()).toBe('2026-12-03T18:00:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-04T02:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-04T04:00:00.000Z');
    expect(event.summary).toBe('Lombard Street safety, listening session; bring questions');
    expect(event.location).toBe('8105 N Brandon Ave, Portland');
    expect(event.sequence).toBe(0);
    expect(event.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event.description).toBe(
      'Tell us where crossing feels unsafe.\nHosted by PBOT.\nOffered in English and Vietnamese.\nNear transit; accessible venue; American Sign Language interpretation.',
    );
    expect(event.component.getFirstPropertyValue('geo')).toEqual([45.58, -122.68]);
    // The contact person is personal data and never leaves in a feed.
    expect(JSON.stringify(calendar.toJSON())).not.toContain('pat@example.gov');
  });

  it('keeps the UID across changes, raises SEQUENCE and marks a cancellation', () => {
    const [event] = parse(engagementCalendar('x', [engagement({ status: 'cancelled', version: 3 })])).events;
    expect(event.uid).toBe(uidOf({ id: '01900000-0000-7000-8000-0000000000aa' }));
    expect(event.sequence).toBe(2);
    expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.description).toMatch(/^CANCELLED\.\n/);
    const [withReason] = parse(engagementCalendar('x', [engagement({ status: 'cancelled', cancellationReason: 'Venue closed for repairs' })])).events;
    expect(withReason.description).toMatch(/^CANCELLED: Venue closed for repairs\n/);
  });

  it('shows summer times in daylight time', () => {
    const [event] = parse(engagementCalendar('x', [engagement({ startsAt: new Date('2027-07-02T01:00:00Z'), endsAt: new Date('2027-07-02T02:00:00Z') })])).events;
    expect(event.startDate.toString()).toBe('2027-07-01T18:00:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-07-02T01:00:00.000Z');
  });

  it('writes DTSTAMP and LAST-MODIFIED in UTC, the same whatever the server’s TZ, and no TIMEZONE-ID', () => {
    const original = process.env.TZ;
    const written: string[] = [];
    try {
      for (const zone of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo']) {
        process.env.TZ = zone;
        written.push(engagementCalendar('x', [engagement({ updatedAt: new Date('2026-11-20T23:30:00Z') })]));
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
    expect(new Set(written).size).toBe(1);
    const lines = written[0].split('\r\n');
    expect(lines).toContain('DTSTAMP:20261120T233000Z');
    expect(lines).toContain('LAST-MODIFIED:20261120T233000Z');
    expect(lines.filter((l) => l.startsWith('TIMEZONE-ID'))).toEqual([]);
    expect(lines).toContain('X-WR-TIMEZONE:America/Los_Angeles');
  });

  it('gives a feed with no engagements the city’s VTIMEZONE, as RFC 5545 wants one component', () => {
    const { calendar, events } = parse(engagementCalendar('x', []));
    expect(events).toEqual([]);
    expect(calendar.getAllSubcomponents().map((c) => c.name)).toEqual(['vtimezone']);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('America/Los_Angeles');
  });

  it('names a place given only by latitude and longitude, with GEO rounded to six places', () => {
    const neighborhood = '01900000-0000-7000-8000-0000000000bb';
    const ics = engagementCalendar('x', [engagement({ address: null, lat: 45.58123456789012, lon: -122.68123456789012, neighborhoodIds: [neighborhood] })], (id) =>
      id === neighborhood ? 'Kenton' : undefined,
    );
    const [event] = parse(ics).events;
    expect(event.location).toBe('Kenton, council district 2 (45.581235, -122.681235)');
    expect(event.component.getFirstPropertyValue('geo')).toEqual([45.581235, -122.681235]);
  });

  it('gives an online engagement its link as LOCATION and URL, and no GEO', () => {
    const [event] = parse(engagementCalendar('x', [engagement({ address: null, lat: null, lon: null, locationDistricts: [], onlineUrl: 'https://meet.example.gov/lombard' })])).events;
    expect(event.location).toBe('https://meet.example.gov/lombard');
    expect(event.component.getFirstPropertyValue('url')).toBe('https://meet.example.gov/lombard');
    expect(event.component.getFirstProperty('geo')).toBeNull();
  });
});

describe('descriptions for people', () => {
  it('names languages in English words, joined as a sentence', () => {
    expect(languagesSentence([])).toBeNull();
    expect(languagesSentence(['en'])).toBe('Offered in English.');
    expect(languagesSentence(['en', 'es'])).toBe('Offered in English and Spanish.');
    expect(languagesSentence(['en', 'zh-Hant', 'so'])).toBe('Offered in English, Traditional Chinese, and Somali.');
  });

  it('says what is offered, near transit first', () => {
    const none = { accessibleVenue: false, asl: false, captioning: false, childcare: false, food: false, nearTransit: false, stipends: false };
    expect(accessibilitySentence(none)).toBeNull();
    expect(accessibilitySentence({ ...none, accessibleVenue: true, nearTransit: true })).toBe('Near transit; accessible venue.');
    expect(accessibilitySentence({ ...none, childcare: true, food: true, stipends: true })).toBe('Childcare provided; food provided; stipends for participants.');
  });
});

import ICAL from 'ical.js';
import { Engagement } from '../engagements/engagement.entity.js';
import { engagementCalendar, uidOf } from './engagement-calendar.js';

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
    expect(event.description).toContain('Languages: en, vi.');
    // The contact person is personal data and never leaves in a feed.
    expect(JSON.stringify(calendar.toJSON())).not.toContain('pat@example.gov');
  });

  it('keeps the UID across changes, raises SEQUENCE and marks a cancellation', () => {
    const [event] = parse(engagementCalendar('x', [engagement({ status: 'cancelled', version: 3 })])).events;
    expect(event.uid).toBe(uidOf({ id: '01900000-0000-7000-8000-0000000000aa' }));
    expect(event.sequence).toBe(2);
    expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('shows summer times in daylight time', () => {
    const [event] = parse(engagementCalendar('x', [engagement({ startsAt: new Date('2027-07-02T01:00:00Z'), endsAt: new Date('2027-07-02T02:00:00Z') })])).events;
    expect(event.startDate.toString()).toBe('2027-07-01T18:00:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-07-02T01:00:00.000Z');
  });
});

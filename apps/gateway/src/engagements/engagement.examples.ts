/**
 * Engagements Swagger UI offers to try, valid as written (the OpenAPI conformance suite publishes
 * each): a place in Kenton, local times in America/Los_Angeles, what is offered.
 */
const OPEN_HOUSE = {
  title: 'Lombard Street safety open house',
  kind: 'open_house',
  description: 'See the draft crossing designs for N Lombard St and tell us what would make walking safer.',
  startsAt: '2027-03-02T18:00:00',
  endsAt: '2027-03-02T20:00:00',
  location: { address: 'Kenton Firehouse, 8105 N Brandon Ave, Portland, OR 97217', lat: 45.5836, lon: -122.6865 },
  languages: ['en', 'es'],
  accessibility: { accessibleVenue: true, nearTransit: true, childcare: true, food: true },
  expectedAttendance: 60,
  externalId: 'lombard-open-house-2027-03',
};

const WEBINAR = {
  title: 'Bike plan webinar',
  kind: 'online_forum',
  startsAt: '2027-03-09T12:00:00',
  endsAt: '2027-03-09T13:00:00',
  location: { onlineUrl: 'https://meet.example.gov/bike-plan' },
  languages: ['en'],
  accessibility: { captioning: true },
};

export const ENGAGEMENT_EXAMPLES = {
  openHouse: { summary: 'An open house at a place, in English and Spanish', value: OPEN_HOUSE },
  webinar: { summary: 'An online forum with captions', value: WEBINAR },
};

export const ENGAGEMENT_BATCH_EXAMPLES = {
  twoSessions: {
    summary: 'Two engagements in one request',
    value: { items: [{ ...OPEN_HOUSE, externalId: 'lombard-open-house-2027-03-b', startsAt: '2027-03-16T18:00:00', endsAt: '2027-03-16T20:00:00' }, WEBINAR] },
  },
};

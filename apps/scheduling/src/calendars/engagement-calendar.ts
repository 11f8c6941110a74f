import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus, type ICalLocation } from 'ical-generator';
import { DateTime } from 'luxon';
import type { EngagementAccessibility } from '#libs/contracts';
import type { Engagement } from '../engagements/engagement.entity.js';
import { CITY_TIME_ZONE } from '../engagements/engagement-times.js';

/** Stable across every change of an engagement, so calendar apps update the event they already show. */
export function uidOf(e: Pick<Engagement, 'id'>): string {
  return `${e.id}@engagement.civic`;
}

const STATUS: Record<Engagement['status'], ICalEventStatus> = {
  draft: ICalEventStatus.TENTATIVE,
  scheduled: ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  held: ICalEventStatus.CONFIRMED,
  closed: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
};

/** What each accessibility feature means to a reader, in the order a reader looks for them. */
const FEATURES: [keyof EngagementAccessibility, string][] = [
  ['nearTransit', 'near transit'],
  ['accessibleVenue', 'accessible venue'],
  ['asl', 'American Sign Language interpretation'],
  ['captioning', 'live captioning'],
  ['childcare', 'childcare provided'],
  ['food', 'food provided'],
  ['stipends', 'stipends for participants'],
];

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
const andList = new Intl.ListFormat('en', { type: 'conjunction' });

/** "Offered in English, Spanish, and Vietnamese" from BCP 47 tags. */
export function languagesSentence(tags: string[]): string | null {
  if (tags.length === 0) return null;
  const names = tags.map((tag) => {
    try {
      return languageNames.of(tag) ?? tag;
    } catch {
      return tag;
    }
  });
  return `Offered in ${andList.format(names)}.`;
}

/** "Near transit; accessible venue; childcare provided." */
export function accessibilitySentence(accessibility: EngagementAccessibility): string | null {
  const offered = FEATURES.filter(([feature]) => accessibility[feature]).map(([, words]) => words);
  if (offered.length === 0) return null;
  const text = offered.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function descriptionOf(e: Engagement): string {
  const lines = [
    e.status === 'postponed' ? 'POSTPONED: a new date will follow.' : null,
    e.status === 'cancelled' ? `CANCELLED${e.cancellationReason ? `: ${e.cancellationReason}` : '.'}` : null,
    e.description,
    `Hosted by ${e.bureau}.`,
    languagesSentence(e.languages),
    accessibilitySentence(e.accessibility),
    e.onlineUrl ? `Join online: ${e.onlineUrl}` : null,
  ];
  return lines.filter((l) => l !== null && l !== '').join('\n');
}

/** RFC 5545 (3.8.1.6) allows six decimal places: about 10 cm. */
const sixPlaces = (degrees: number): number => Number(degrees.toFixed(6));

/** A neighborhood association's name, from the organizations this service knows. */
export type NeighborhoodName = (id: string) => string | undefined;

/**
 * LOCATION is what a reader sees; GEO is what a map app places. A place given only by latitude and
 * longitude is named by the neighborhoods and districts it lies in, with its coordinates.
 */
function locationOf(e: Engagement, neighborhoodName: NeighborhoodName): ICalLocation | null {
  const geo = e.lat !== null && e.lon !== null ? { lat: sixPlaces(e.lat), lon: sixPlaces(e.lon) } : undefined;
  if (e.address) return { title: e.address, geo };
  if (geo) {
    const names = [...e.neighborhoodIds.flatMap((id) => neighborhoodName(id) ?? []), ...e.locationDistricts.map((n) => `council district ${n}`)];
    const coordinates = `${geo.lat}, ${geo.lon}`;
    return { title: names.length > 0 ? `${names.join(', ')} (${coordinates})` : coordinates, geo };
  }
  return e.onlineUrl ? { title: e.onlineUrl } : null;
}

/**
 * An iCalendar (RFC 5545) feed of engagements, in the city's time zone with its VTIMEZONE.
 * SEQUENCE follows the engagement's version, so every change supersedes the last. The calendar
 * itself has no time zone, so DTSTAMP and LAST-MODIFIED are written in UTC whatever the server's TZ.
 */
export function engagementCalendar(name: string, engagements: Engagement[], neighborhoodName: NeighborhoodName = () => undefined): string {
  const calendar = ical({
    name,
    prodId: { company: 'civic', product: 'engagement-calendar', language: 'EN' },
    timezone: { name: null, generator: getVtimezoneComponent },
    // The zone calendar apps show times in when they ignore each event's TZID.
    x: { 'X-WR-TIMEZONE': CITY_TIME_ZONE },
  });
  for (const e of engagements) {
    calendar.createEvent({
      id: uidOf(e),
      sequence: e.version - 1,
      start: DateTime.fromJSDate(e.startsAt).setZone(CITY_TIME_ZONE),
      end: DateTime.fromJSDate(e.endsAt).setZone(CITY_TIME_ZONE),
      timezone: CITY_TIME_ZONE,
      stamp: e.updatedAt,
      lastModified: e.updatedAt,
      summary: e.status === 'cancelled' ? `Cancelled: ${e.title}` : e.title,
      description: descriptionOf(e),
      location: locationOf(e, neighborhoodName),
      url: e.externalUrl ?? e.onlineUrl ?? null,
      status: STATUS[e.status],
    });
  }
  const ics = calendar.toString();
  if (engagements.length > 0) return ics;
  // RFC 5545 wants at least one component, and ical-generator writes a zone only for events that use
  // it (a calendar-wide zone would put DTSTAMP in local time): an empty feed still carries the city's.
  const zone = getVtimezoneComponent(CITY_TIME_ZONE)!.replace(/\r?\n/g, '\r\n').trim();
  return ics.replace('END:VCALENDAR', `${zone}\r\nEND:VCALENDAR`);
}

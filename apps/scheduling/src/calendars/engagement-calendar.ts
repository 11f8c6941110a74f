import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
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

function descriptionOf(e: Engagement): string {
  const lines = [e.description ?? '', `Hosted by ${e.bureau}.`];
  if (e.status === 'postponed') lines.unshift('POSTPONED: a new date will follow.');
  if (e.languages.length > 0) lines.push(`Languages: ${e.languages.join(', ')}.`);
  const offered = Object.entries(e.accessibility)
    .filter(([, on]) => on)
    .map(([feature]) => feature);
  if (offered.length > 0) lines.push(`Accessibility: ${offered.join(', ')}.`);
  if (e.onlineUrl) lines.push(`Join online: ${e.onlineUrl}`);
  return lines.filter((l) => l !== '').join('\n');
}

/**
 * An iCalendar (RFC 5545) feed of engagements, in the city's time zone with its VTIMEZONE.
 * SEQUENCE follows the engagement's version, so every change supersedes the last.
 */
export function engagementCalendar(name: string, engagements: Engagement[]): string {
  const calendar = ical({
    name,
    prodId: { company: 'civic', product: 'engagement-calendar', language: 'EN' },
    timezone: { name: CITY_TIME_ZONE, generator: getVtimezoneComponent },
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
      location: e.address ?? e.onlineUrl ?? null,
      url: e.externalUrl ?? e.onlineUrl ?? null,
      status: STATUS[e.status],
    });
  }
  return calendar.toString();
}

import { DateTime, IANAZone } from 'luxon';
import { fieldError, type FieldError } from '#libs/contracts';

export const CITY_TIME_ZONE = 'America/Los_Angeles';

/** Zones seen, as luxon zones: checking and building one costs an Intl formatter each time. */
const zones = new Map<string, IANAZone | null>();

function zoneOf(name: string): IANAZone | null {
  let zone = zones.get(name);
  if (zone === undefined) {
    zone = IANAZone.isValidZone(name) ? IANAZone.create(name) : null;
    zones.set(name, zone);
  }
  return zone;
}

export interface EngagementTimes {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
}

/**
 * Reads start and end as instants: a time with an offset means that instant, one without is read
 * in `timeZone`. Answers the problems instead when there are any.
 */
export function readTimes(startsAt: string, endsAt: string, timeZone: string = CITY_TIME_ZONE): EngagementTimes | FieldError[] {
  const zone = zoneOf(timeZone);
  if (!zone) return [fieldError('timeZone', 'isTimeZone', `timeZone must be an IANA time zone such as ${CITY_TIME_ZONE}`)];
  const problems: FieldError[] = [];
  const start = DateTime.fromISO(startsAt, { zone });
  const end = DateTime.fromISO(endsAt, { zone });
  if (!start.isValid) problems.push(fieldError('startsAt', 'isIso8601', 'startsAt must be an ISO 8601 date and time, e.g. 2026-12-03T18:00:00-08:00'));
  if (!end.isValid) problems.push(fieldError('endsAt', 'isIso8601', 'endsAt must be an ISO 8601 date and time, e.g. 2026-12-03T20:00:00-08:00'));
  if (problems.length > 0) return problems;
  if (end <= start) return [fieldError('endsAt', 'isAfter', `endsAt must be after startsAt (${start.toUTC().toISO()})`)];
  return { startsAt: start.toJSDate(), endsAt: end.toJSDate(), timeZone };
}

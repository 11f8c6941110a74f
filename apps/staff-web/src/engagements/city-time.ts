/** Every time is shown, and every date filter read, in the city's own zone. */
export const CITY_TIME_ZONE = 'America/Los_Angeles';

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: CITY_TIME_ZONE, timeZoneName: 'longOffset' });

/** The city's UTC offset at an instant, as `-08:00`. */
function offsetAt(instant: Date): string {
  const name = offsetFormat.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

/** Midnight of a calendar day (YYYY-MM-DD) in the city, as an ISO 8601 instant with its offset. */
export function cityMidnight(day: string): string {
  // The offset of midnight is that of the day before or of the day itself (a change of clocks comes at 2 AM):
  // the right one is the one the city's clock shows at the instant it names.
  const candidates = [offsetAt(new Date(`${nextDay(day, -1)}T12:00:00Z`)), offsetAt(new Date(`${day}T12:00:00Z`))];
  const offset = candidates.find((candidate) => offsetAt(new Date(`${day}T00:00:00${candidate}`)) === candidate) ?? candidates[1];
  return `${day}T00:00:00${offset}`;
}

/** The calendar day `days` after `day` (YYYY-MM-DD). */
export function nextDay(day: string, days = 1): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const dayAndTime = new Intl.DateTimeFormat('en-US', {
  timeZone: CITY_TIME_ZONE,
  weekday: 'long',
  month: 'long',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});
const withZone = new Intl.DateTimeFormat('en-US', { timeZone: CITY_TIME_ZONE, hour: 'numeric', timeZoneName: 'short' });
const dateOnly = new Intl.DateTimeFormat('en-US', { timeZone: CITY_TIME_ZONE, month: 'long', day: 'numeric', year: 'numeric' });
const moment = new Intl.DateTimeFormat('en-US', { timeZone: CITY_TIME_ZONE, dateStyle: 'long', timeStyle: 'short' });

const zoneOf = (instant: Date): string => withZone.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';

/** "Tuesday, December 15, 2026, 6:00 – 8:00 PM PST": when an engagement runs, in the city's time. */
export function formatPeriod(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  return `${dayAndTime.formatRange(start, new Date(endsAt))} ${zoneOf(start)}`;
}

/** "December 15, 2026". */
export function formatDate(instant: string): string {
  return dateOnly.format(new Date(instant));
}

/** "December 15, 2026 at 6:03 PM PST": when something happened. */
export function formatMoment(instant: string): string {
  const at = new Date(instant);
  return `${moment.format(at)} ${zoneOf(at)}`;
}

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: CITY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day (YYYY-MM-DD) an instant falls on in the city. */
export function cityDay(instant: Date): string {
  return dayFormat.format(instant);
}

const clockFormat = new Intl.DateTimeFormat('en-GB', { timeZone: CITY_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The time (HH:MM, 24-hour) an instant shows on the city's clocks. */
export function cityClock(instant: Date): string {
  return clockFormat.format(instant);
}

import { isISO8601, registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/** Dates the platform stores and compares: anything outside is a typo or a probe (year 9999), not an engagement. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2199;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** The instant a text names as the services read it (`new Date(text)`), or null; `Date` would take 2026-02-30 for March 2. */
function instant(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const at = Date.parse(value);
  if (!Number.isFinite(at)) return null;
  const date = CALENDAR_DATE.exec(value);
  if (date && new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]))).getUTCDate() !== Number(date[3])) return null;
  return at;
}

/**
 * An ISO 8601 date or date and time between the years 1900 and 2199 that JavaScript's `Date`
 * reads as the services do (rule `isInDateRange`). Sits beside `@IsISO8601`, which names a
 * malformed text; this one names a date the services could not store or compare.
 */
export function IsInDateRange(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isInDateRange',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: ({ property }: ValidationArguments) => `${property} must be a date between ${EARLIEST_YEAR} and ${LATEST_YEAR}, as YYYY-MM-DD or YYYY-MM-DDThh:mm`,
        ...options,
      },
      validator: {
        validate(value: unknown): boolean {
          if (typeof value !== 'string') return true;
          // Text that is no ISO 8601 at all (a month 13, "yesterday") is the format rule's to name; a week
          // date (2026-W01) or a February 30, which ISO 8601's shape allows and no service reads, is this one's.
          if (!isISO8601(value)) return true;
          // The year as written: 2199-12-31T23:00-08:00 is still 2199 where it was written.
          const year = Number(CALENDAR_DATE.exec(value)?.[1]);
          return instant(value) !== null && year >= EARLIEST_YEAR && year <= LATEST_YEAR;
        },
      },
    });
}

/**
 * The end of a period after its start (rule `isAfter`), e.g. `to` after `from`: one rule for every
 * period the API takes. Says nothing while either is missing or unreadable; their own rules do.
 */
export function IsAfter(start: string, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isAfter',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [start],
      options: { message: ({ property }: ValidationArguments) => `${property} must be after ${start}`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const end = instant(value);
          const begin = instant((args.object as Record<string, unknown>)[start]);
          return end === null || begin === null || end > begin;
        },
      },
    });
}

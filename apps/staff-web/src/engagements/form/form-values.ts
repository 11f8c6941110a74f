import type { Engagement, EngagementChanges, EngagementInput, FieldError } from '../../api/models';
import { ApiProblem } from '../../api/problem';
import { cityClock, cityDay, nextDay } from '../city-time';
import type { Kind } from '../labels';

/** What the form holds, as the inputs hold it (text); dates and times are the city's. */
export interface FormValues {
  bureau: string;
  title: string;
  kind: Kind | '';
  description: string;
  date: string;
  start: string;
  end: string;
  address: string;
  lat: string;
  lon: string;
  onlineUrl: string;
  expectedAttendance: string;
}
export type FormField = keyof FormValues;

export const EMPTY_VALUES: FormValues = { bureau: '', title: '', kind: '', description: '', date: '', start: '', end: '', address: '', lat: '', lon: '', onlineUrl: '', expectedAttendance: '' };

/** The form's order, which the error summary follows. */
export const FORM_FIELDS = Object.keys(EMPTY_VALUES) as FormField[];

export function valuesOf(engagement: Engagement): FormValues {
  const start = new Date(engagement.startsAt);
  const text = (value: string | number | null | undefined): string => (value === null || value === undefined ? '' : String(value));
  return {
    title: engagement.title,
    kind: engagement.kind as Kind,
    bureau: engagement.bureau,
    description: text(engagement.description),
    date: cityDay(start),
    start: cityClock(start),
    end: cityClock(new Date(engagement.endsAt)),
    address: text(engagement.location.address ?? engagement.address),
    lat: text(engagement.location.lat),
    lon: text(engagement.location.lon),
    onlineUrl: text(engagement.location.onlineUrl ?? engagement.onlineUrl),
    expectedAttendance: text(engagement.expectedAttendance),
  };
}

const orNull = (value: string): string | null => value.trim() || null;
const numberOrNull = (value: string): number | null => (value.trim() === '' ? null : Number(value));

/** The city's wall-clock times as the API takes them; an end before the start is the next day's. */
function period(values: FormValues): { startsAt: string; endsAt: string } {
  const endDay = values.end && values.start && values.end <= values.start ? nextDay(values.date) : values.date;
  return { startsAt: `${values.date}T${values.start}`, endsAt: `${endDay}T${values.end}` };
}

function place(values: FormValues): EngagementInput['location'] {
  return { address: orNull(values.address), lat: numberOrNull(values.lat), lon: numberOrNull(values.lon), onlineUrl: orNull(values.onlineUrl) };
}

/** The body of POST /v1/engagements (and of its check); the bureau only when the staffer chose one. */
export function inputOf(values: FormValues): EngagementInput {
  return {
    title: values.title.trim(),
    kind: values.kind as Kind,
    ...(values.bureau ? { bureau: values.bureau } : {}),
    description: orNull(values.description),
    ...period(values),
    timeZone: 'America/Los_Angeles',
    location: place(values),
    expectedAttendance: numberOrNull(values.expectedAttendance),
  };
}

/** The body of a PATCH: only what the staffer changed, so it does not overwrite someone else's other fields. */
export function changesOf(before: FormValues, after: FormValues): EngagementChanges {
  const changed = (...fields: FormField[]) => fields.some((f) => before[f] !== after[f]);
  const all = inputOf(after);
  return {
    ...(changed('title') ? { title: all.title } : {}),
    ...(changed('kind') ? { kind: all.kind } : {}),
    ...(changed('description') ? { description: all.description } : {}),
    ...(changed('date', 'start', 'end') ? { startsAt: all.startsAt, endsAt: all.endsAt, timeZone: all.timeZone } : {}),
    ...(changed('address', 'lat', 'lon', 'onlineUrl') ? { location: all.location } : {}),
    ...(changed('expectedAttendance') ? { expectedAttendance: all.expectedAttendance } : {}),
  };
}

/** Whether the form holds enough for the API to decide on (and so for a live check to be worth asking). */
export const isCheckable = (values: FormValues): boolean => Boolean(values.title.trim() && values.kind && values.date && values.start && values.end);

/** The form field an API problem's `field` names (`location.lat` is the latitude input). */
export function fieldOf(apiField: string): FormField | undefined {
  const [head, sub] = apiField.split('.');
  if (head === 'location') return sub === 'lat' || sub === 'lon' || sub === 'address' || sub === 'onlineUrl' ? sub : 'address';
  if (head === 'startsAt') return 'start';
  if (head === 'endsAt') return 'end';
  if (head === 'timeZone') return 'date';
  return (FORM_FIELDS as string[]).includes(head) ? (head as FormField) : undefined;
}

export interface FormProblems {
  /** Each field's messages, beside it. */
  fields: Partial<Record<FormField, string[]>>;
  /** What names no field of the form, shown in the summary only. */
  other: string[];
}

/** An API refusal as messages beside the fields it names, and the rest. */
export function formProblems(errors: FieldError[] | ApiProblem['errors'], fallback?: string): FormProblems {
  const problems: FormProblems = { fields: {}, other: [] };
  for (const error of errors) {
    const field = fieldOf(error.field);
    if (field) (problems.fields[field] ??= []).push(error.message);
    else problems.other.push(error.message);
  }
  if (errors.length === 0 && fallback) problems.other.push(fallback);
  return problems;
}

export interface FieldChange {
  field: FormField;
  theirs: string;
  yours: string;
  /** The staffer changed it too: re-applying overwrites theirs. */
  clash: boolean;
}

/**
 * What someone else changed between the version the staffer opened (`base`) and the one stored now
 * (`theirs`), field by field, beside what the staffer has in the form.
 */
export function versionDiff(base: FormValues, theirs: FormValues, yours: FormValues): FieldChange[] {
  return FORM_FIELDS.filter((field) => base[field] !== theirs[field]).map((field) => ({
    field,
    theirs: theirs[field],
    yours: yours[field],
    clash: yours[field] !== base[field] && yours[field] !== theirs[field],
  }));
}

/** The staffer's own changes laid over the version stored now, for a second try after a 412. */
export function reapplied(base: FormValues, theirs: FormValues, yours: FormValues): FormValues {
  const next: Record<FormField, string> = { ...theirs };
  for (const field of FORM_FIELDS) if (yours[field] !== base[field]) next[field] = yours[field];
  return next as FormValues;
}

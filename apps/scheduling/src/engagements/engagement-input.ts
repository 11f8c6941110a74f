import { fieldError, type EngagementAccessibility, type EngagementAccessibilityInput, type EngagementChanges, type EngagementInput, type FieldError } from '#libs/contracts';
import type { OrganizationDirectory } from '../organizations/organization-directory.js';
import type { Engagement } from './engagement.entity.js';
import { CITY_TIME_ZONE, readTimes } from './engagement-times.js';

/** The fields of an engagement that input decides, read and resolved against the directory. */
export type EngagementFields = Pick<
  Engagement,
  | 'title'
  | 'description'
  | 'kind'
  | 'startsAt'
  | 'endsAt'
  | 'timeZone'
  | 'address'
  | 'lat'
  | 'lon'
  | 'onlineUrl'
  | 'neighborhoodIds'
  | 'locationDistricts'
  | 'audienceOrganizationIds'
  | 'audienceDistricts'
  | 'communityTags'
  | 'languages'
  | 'accessibility'
  | 'expectedAttendance'
  | 'contact'
  | 'externalUrl'
>;

const NO_ACCESSIBILITY: EngagementAccessibility = {
  accessibleVenue: false,
  asl: false,
  captioning: false,
  childcare: false,
  food: false,
  nearTransit: false,
  stipends: false,
};

function accessibilityOf(input: EngagementAccessibilityInput | undefined, base: EngagementAccessibility = NO_ACCESSIBILITY): EngagementAccessibility {
  const sent = Object.fromEntries(Object.entries(input ?? {}).filter(([, v]) => v !== undefined));
  return { ...base, ...sent };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * Reads a new engagement, or changes on top of an existing one, into its fields: times to UTC
 * instants, the place to its neighborhoods and council districts, audience organizations (ids or
 * slugs) to ids. Answers each field's problem instead when anything is wrong.
 */
export function readEngagementFields(
  input: EngagementInput | EngagementChanges,
  directory: OrganizationDirectory,
  current?: Engagement,
): EngagementFields | FieldError[] {
  const problems: FieldError[] = [];
  const timeZone = input.timeZone ?? current?.timeZone ?? CITY_TIME_ZONE;
  const startsAt = input.startsAt ?? current?.startsAt.toISOString();
  const endsAt = input.endsAt ?? current?.endsAt.toISOString();
  const times = startsAt && endsAt ? readTimes(startsAt, endsAt, timeZone) : [fieldError('startsAt', 'isDefined', 'startsAt and endsAt are required')];
  if (Array.isArray(times)) problems.push(...times);

  const location = input.location;
  let place = {
    address: current?.address ?? null,
    lat: current?.lat ?? null,
    lon: current?.lon ?? null,
    onlineUrl: current?.onlineUrl ?? null,
    neighborhoodIds: current?.neighborhoodIds ?? [],
    locationDistricts: current?.locationDistricts ?? [],
  };
  if (location) {
    const lat = location.lat ?? null;
    const lon = location.lon ?? null;
    if ((lat === null) !== (lon === null)) problems.push(fieldError('location', 'isCompletePoint', 'location needs both lat and lon, or neither'));
    const found = lat !== null && lon !== null ? directory.at(lat, lon) : { neighborhoodIds: [], councilDistricts: [] };
    place = {
      address: location.address ?? null,
      lat,
      lon,
      onlineUrl: location.onlineUrl ?? null,
      neighborhoodIds: found.neighborhoodIds,
      locationDistricts: found.councilDistricts,
    };
  }
  if (!current || location) {
    if (!place.address && place.lat === null && !place.onlineUrl) problems.push(fieldError('location', 'hasPlace', 'location needs an address, lat and lon, or an onlineUrl'));
  }

  const audience = input.audience;
  let audienceOrganizationIds = current?.audienceOrganizationIds ?? [];
  if (audience?.organizations) {
    audienceOrganizationIds = [];
    for (const ref of audience.organizations) {
      const found = directory.find(ref);
      if (!found) problems.push(fieldError('audience.organizations', 'isKnownOrganization', `no organization has id or slug "${ref}"`));
      else if (found.status === 'archived') problems.push(fieldError('audience.organizations', 'isNotArchived', `organization "${found.slug}" is archived`));
      else audienceOrganizationIds.push(found.id);
    }
  }
  if (problems.length > 0 || Array.isArray(times)) return problems;

  return {
    title: input.title ?? current!.title,
    description: input.description !== undefined ? input.description : (current?.description ?? null),
    kind: input.kind ?? current!.kind,
    ...times,
    ...place,
    audienceOrganizationIds: unique(audienceOrganizationIds),
    audienceDistricts: audience?.councilDistricts ? unique(audience.councilDistricts) : (current?.audienceDistricts ?? []),
    communityTags: audience?.communityTags ? unique(audience.communityTags.map((t) => t.trim()).filter((t) => t !== '')) : (current?.communityTags ?? []),
    languages: input.languages ? unique(input.languages) : (current?.languages ?? []),
    accessibility: accessibilityOf(input.accessibility, current?.accessibility),
    expectedAttendance: input.expectedAttendance !== undefined ? input.expectedAttendance : (current?.expectedAttendance ?? null),
    contact: input.contact !== undefined ? (input.contact ?? null) : (current?.contact ?? null),
    externalUrl: input.externalUrl !== undefined ? input.externalUrl : (current?.externalUrl ?? null),
  };
}

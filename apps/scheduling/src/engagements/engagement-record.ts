import type { Actor, AlertScope, AudienceOrganization, EngagementRecord, EngagementSummary, EngagementView, Severity } from '#libs/contracts';
import type { OrganizationDirectory } from '../organizations/organization-directory.js';
import type { Engagement } from './engagement.entity.js';

// One collator for every comparison: `localeCompare` with options builds a new one per call.
const byNumber = new Intl.Collator('en', { numeric: true }).compare;

export function audienceOrganization(directory: OrganizationDirectory, id: string): AudienceOrganization {
  const o = directory.get(id);
  // An organization the registry has not told us about yet is still named by its id.
  return o ? { id, slug: o.slug, name: o.name, kind: o.kind } : { id, slug: id, name: id, kind: 'unknown' };
}

export function summaryOf(e: Engagement, directory: OrganizationDirectory): EngagementSummary {
  return {
    id: e.id,
    bureau: e.bureau,
    title: e.title,
    kind: e.kind,
    status: e.status,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    address: e.address,
    onlineUrl: e.onlineUrl,
    audience: {
      organizations: e.audienceOrganizationIds.map((id) => audienceOrganization(directory, id)),
      councilDistricts: e.audienceDistricts,
      communityTags: e.communityTags,
    },
    version: e.version,
  };
}

/** The public record: everything but the bureau's contact person. */
export function toRecord(e: Engagement, directory: OrganizationDirectory): EngagementRecord {
  return {
    ...summaryOf(e, directory),
    description: e.description,
    timeZone: e.timeZone,
    location: {
      address: e.address,
      lat: e.lat,
      lon: e.lon,
      onlineUrl: e.onlineUrl,
      neighborhoodIds: e.neighborhoodIds,
      councilDistricts: e.locationDistricts,
    },
    languages: e.languages,
    accessibility: e.accessibility,
    expectedAttendance: e.expectedAttendance,
    actualAttendance: e.actualAttendance,
    externalUrl: e.externalUrl,
    externalId: e.externalId,
    heldAt: e.heldAt?.toISOString() ?? null,
    cancelledAt: e.cancelledAt?.toISOString() ?? null,
    cancellationReason: e.cancellationReason,
    updatedAt: e.updatedAt.toISOString(),
  };
}

/** The record as an actor may see it: coordinators and admins also see the contact person. */
export function toView(e: Engagement, directory: OrganizationDirectory, actor: Actor): EngagementView {
  return viewOf(toRecord(e, directory), e, actor);
}

/** The same from a record already made (the one its event carries). */
export function viewOf(record: EngagementRecord, e: Engagement, actor: Actor): EngagementView {
  return actor.role === 'bureau' ? record : { ...record, contact: e.contact };
}

/** The council districts an engagement concerns: where it is, and whom it is for. */
export function districtsOf(e: Engagement, directory: OrganizationDirectory): string[] {
  const fromOrganizations = e.audienceOrganizationIds.flatMap((id) => directory.get(id)?.councilDistricts ?? []);
  return [...new Set([...e.locationDistricts, ...e.audienceDistricts, ...fromOrganizations])].sort(byNumber);
}

/** The organizations an engagement concerns: its audience, the associations it lies in, and their coalitions. */
export function organizationIdsOf(e: Engagement, directory: OrganizationDirectory): string[] {
  const coalitions = e.neighborhoodIds.map((id) => directory.get(id)?.parentId).filter((id): id is string => !!id);
  return [...new Set([...e.audienceOrganizationIds, ...e.neighborhoodIds, ...coalitions])].sort();
}

/** Whom an alert about these engagements concerns, so subscriptions on any of them match. */
export function scopeOf(engagements: Engagement[], directory: OrganizationDirectory, severity: Severity): AlertScope {
  return {
    bureaus: [...new Set(engagements.map((e) => e.bureau))].sort(),
    councilDistricts: [...new Set(engagements.flatMap((e) => districtsOf(e, directory)))].sort(byNumber),
    organizationIds: [...new Set(engagements.flatMap((e) => organizationIdsOf(e, directory)))].sort(),
    severity,
  };
}

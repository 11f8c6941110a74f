import type { AccessibilityShares, CoverageGroup, CoverageGrouping, CoverageReport, DistrictShare } from '#libs/contracts';
import { districtsOf } from '../engagements/engagement-record.js';
import type { Engagement } from '../engagements/engagement.entity.js';
import type { OrganizationDirectory } from '../organizations/organization-directory.js';

const FEATURES = ['accessibleVenue', 'asl', 'captioning', 'childcare', 'food', 'nearTransit', 'stipends'] as const;

/** Engagements that reach people: drafts and cancellations do not. */
export const COUNTED_STATUSES = ['scheduled', 'postponed', 'held', 'closed'] as const;

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
}

/** Offers a language other than English. */
export function offersInterpretation(e: Pick<Engagement, 'languages'>): boolean {
  return e.languages.some((l) => !/^en(-|$)/i.test(l));
}

function summary(engagements: Engagement[]): Pick<CoverageGroup, 'engagements' | 'attendance' | 'interpretationShare' | 'accessibility'> {
  const n = engagements.length;
  const accessibility = Object.fromEntries(FEATURES.map((f) => [f, share(engagements.filter((e) => e.accessibility[f]).length, n)])) as unknown as AccessibilityShares;
  return {
    engagements: n,
    attendance: engagements.reduce((sum, e) => sum + (e.actualAttendance ?? 0), 0),
    interpretationShare: share(engagements.filter(offersInterpretation).length, n),
    accessibility,
  };
}

/** The neighborhood associations an engagement reaches: where it is, and those named in its audience. */
function neighborhoodsOf(e: Engagement, directory: OrganizationDirectory): string[] {
  const named = e.audienceOrganizationIds.filter((id) => directory.get(id)?.kind === 'neighborhood_association');
  return [...new Set([...e.neighborhoodIds, ...named])];
}

function coalitionsOf(e: Engagement, directory: OrganizationDirectory): string[] {
  const parents = neighborhoodsOf(e, directory).map((id) => directory.get(id)?.parentId).filter((id): id is string => !!id);
  const named = e.audienceOrganizationIds.filter((id) => directory.get(id)?.kind === 'district_coalition');
  return [...new Set([...parents, ...named])];
}

function byNumber(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * Who the period's engagements reached, grouped by council district, neighborhood association,
 * district coalition or bureau; the associations nobody reached; and each council district's share
 * of engagements against its share of the city's area.
 */
export function coverageReport(
  engagements: Engagement[],
  directory: OrganizationDirectory,
  period: { from: Date; to: Date; by: CoverageGrouping },
  districtAreas: Map<string, number>,
): CoverageReport {
  const counted = engagements.filter((e) => (COUNTED_STATUSES as readonly string[]).includes(e.status));
  const keysOf: Record<CoverageGrouping, (e: Engagement) => string[]> = {
    district: (e) => districtsOf(e, directory),
    neighborhood: (e) => neighborhoodsOf(e, directory),
    coalition: (e) => coalitionsOf(e, directory),
    bureau: (e) => [e.bureau],
  };
  const nameOf: Record<CoverageGrouping, (key: string) => string> = {
    district: (key) => `Council district ${key}`,
    neighborhood: (key) => directory.get(key)?.name ?? key,
    coalition: (key) => directory.get(key)?.name ?? key,
    bureau: (key) => directory.ofKind('bureau').find((b) => b.bureauCode === key)?.name ?? key,
  };
  const grouped = new Map<string, Engagement[]>();
  for (const e of counted) for (const key of keysOf[period.by](e)) grouped.set(key, [...(grouped.get(key) ?? []), e]);
  const groups = [...grouped.entries()]
    .map(([key, members]) => ({ key, name: nameOf[period.by](key), ...summary(members) }))
    .sort((a, b) => b.engagements - a.engagements || byNumber(a.name, b.name));

  const reached = new Set(counted.flatMap((e) => neighborhoodsOf(e, directory)));
  const neighborhoodsWithoutEngagement = directory
    .ofKind('neighborhood_association')
    .filter((na) => !reached.has(na.id))
    .map((na) => ({ id: na.id, slug: na.slug, name: na.name }))
    .sort((a, b) => a.name.localeCompare(b.name));

  const totalArea = [...districtAreas.values()].reduce((a, b) => a + b, 0);
  const districts: DistrictShare[] = [...districtAreas.keys()].sort(byNumber).map((district) => {
    const n = counted.filter((e) => districtsOf(e, directory).includes(district)).length;
    return { district, engagements: n, engagementShare: share(n, counted.length), cityShare: share(districtAreas.get(district)!, totalArea) };
  });

  return {
    from: period.from.toISOString(),
    to: period.to.toISOString(),
    by: period.by,
    ...summary(counted),
    groups,
    neighborhoodsWithoutEngagement,
    districts,
  };
}

/**
 * Who an engagement reaches, as keys two engagements can share: an organization in its audience,
 * a neighborhood association (where it is, or in its audience), a council district, a community tag.
 */
export interface Reach {
  id: string;
  bureau: string;
  startsAt: Date;
  endsAt: Date;
  keys: string[];
}

export type ReachKind = 'org' | 'nbhd' | 'district' | 'tag';

export const reachKey = {
  organization: (id: string) => `org:${id}`,
  neighborhood: (id: string) => `nbhd:${id}`,
  district: (n: string) => `district:${n}`,
  tag: (tag: string) => `tag:${tag.trim().toLowerCase().replace(/\s+/g, ' ')}`,
};

export function kindOf(key: string): ReachKind {
  return key.slice(0, key.indexOf(':')) as ReachKind;
}

export function valueOf(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}

export interface ReachSource {
  lat: number | null;
  lon: number | null;
  address: string | null;
  neighborhoodIds: string[];
  locationDistricts: string[];
  audienceOrganizationIds: string[];
  audienceDistricts: string[];
  communityTags: string[];
}

export interface ReachOrganization {
  kind: string;
  councilDistricts: string[];
}

/** An engagement with no place (only a URL) reaches people through organizations and tags, not through areas. */
export function isOnline(e: Pick<ReachSource, 'lat' | 'lon' | 'address'>): boolean {
  return e.lat === null && e.lon === null && !e.address;
}

export function reachKeysOf(e: ReachSource, organization: (id: string) => ReachOrganization | undefined): string[] {
  const keys = new Set<string>();
  const online = isOnline(e);
  for (const id of e.audienceOrganizationIds) {
    keys.add(reachKey.organization(id));
    const o = organization(id);
    if (online || !o) continue;
    if (o.kind === 'neighborhood_association') keys.add(reachKey.neighborhood(id));
    for (const d of o.councilDistricts) keys.add(reachKey.district(d));
  }
  for (const tag of e.communityTags) keys.add(reachKey.tag(tag));
  if (!online) {
    for (const id of e.neighborhoodIds) keys.add(reachKey.neighborhood(id));
    for (const d of [...e.locationDistricts, ...e.audienceDistricts]) keys.add(reachKey.district(d));
  }
  return [...keys].sort();
}

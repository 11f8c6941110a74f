import { BoundaryIndex } from '#libs/geo';
import type { OrganizationReference } from './organization-reference.entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where a point lies: the neighborhood associations and council districts containing it. */
export interface Place {
  neighborhoodIds: string[];
  councilDistricts: string[];
}

/** One snapshot of scheduling's copy of the registry: organizations by id or slug, and point lookups. */
export class OrganizationDirectory {
  private readonly byId = new Map<string, OrganizationReference>();
  private readonly bySlug = new Map<string, OrganizationReference>();
  private readonly areas: BoundaryIndex<OrganizationReference>;

  constructor(references: OrganizationReference[]) {
    for (const r of references) {
      this.byId.set(r.id, r);
      if (r.status !== 'archived') this.bySlug.set(r.slug, r);
    }
    // Archived organizations keep their names for old engagements but no longer hold places.
    const mapped = references.filter((r) => r.status !== 'archived' && r.boundary && (r.kind === 'neighborhood_association' || r.kind === 'council_district'));
    this.areas = new BoundaryIndex(mapped.map((r) => ({ value: r, boundary: r.boundary! })));
  }

  get(id: string): OrganizationReference | undefined {
    return this.byId.get(id);
  }

  find(idOrSlug: string): OrganizationReference | undefined {
    return UUID.test(idOrSlug) ? this.byId.get(idOrSlug.toLowerCase()) : this.bySlug.get(idOrSlug);
  }

  at(lat: number, lon: number): Place {
    const found = this.areas.containing(lon, lat);
    return {
      neighborhoodIds: found.filter((r) => r.kind === 'neighborhood_association').map((r) => r.id).sort(),
      councilDistricts: [...new Set(found.filter((r) => r.kind === 'council_district').flatMap((r) => r.councilDistricts))].sort(),
    };
  }

  /** The organization and, for a district coalition, the neighborhood associations it serves. */
  withMembers(organization: OrganizationReference): string[] {
    const members = organization.kind === 'district_coalition' ? [...this.byId.values()].filter((r) => r.parentId === organization.id).map((r) => r.id) : [];
    return [organization.id, ...members];
  }

  ofKind(kind: string): OrganizationReference[] {
    return [...this.byId.values()].filter((r) => r.kind === kind && r.status !== 'archived');
  }
}

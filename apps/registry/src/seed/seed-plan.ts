import type { Organization } from '../organizations/organization.entity.js';
import { SeededFields, type SeedOrganization } from './seed-organization.js';

export type ExistingOrganization = Pick<Organization, 'id' | 'ocdId' | 'parentId'> & Omit<SeedOrganization, 'ocdId' | 'parentOcdId'>;

export interface SeedUpdate {
  id: string;
  ocdId: string;
  changes: Partial<SeedOrganization>;
}

/** What a seed run does: creates, in an order where parents come first, and updates of what changed. */
export interface SeedPlan {
  creates: SeedOrganization[];
  updates: SeedUpdate[];
}

/**
 * Compares the data with the registry. An organization is the same one when its OCD id matches,
 * or else its slug (so a renamed identifier is updated, not duplicated); ids never come from the data.
 * Only the fields the data describes are compared, so editors' additions survive a reseed.
 */
export function planSeed(desired: SeedOrganization[], existing: ExistingOrganization[]): SeedPlan {
  const byOcdId = new Map(existing.map((o) => [o.ocdId, o]));
  const bySlug = new Map(existing.map((o) => [o.slug, o]));
  const ocdIdOf = new Map(existing.map((o) => [o.id, o.ocdId]));
  const plan: SeedPlan = { creates: [], updates: [] };
  for (const wanted of desired) {
    const current = byOcdId.get(wanted.ocdId) ?? bySlug.get(wanted.slug);
    if (!current) {
      plan.creates.push(wanted);
      continue;
    }
    const now: SeedOrganization = { ...current, parentOcdId: current.parentId ? (ocdIdOf.get(current.parentId) ?? null) : null };
    const changes: Partial<SeedOrganization> = {};
    for (const field of [...SeededFields, 'ocdId'] as const) {
      if (!sameValue(now[field], wanted[field])) Object.assign(changes, { [field]: wanted[field] });
    }
    if (Object.keys(changes).length > 0) plan.updates.push({ id: current.id, ocdId: wanted.ocdId, changes });
  }
  return plan;
}

/** Deep equality of JSON-like values; object key order is ignored, as jsonb does not keep it. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return (a ?? null) === (b ?? null);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

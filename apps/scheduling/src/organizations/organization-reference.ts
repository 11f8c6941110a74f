import type { OrganizationRecord } from '#libs/contracts';
import { OrganizationReference } from './organization-reference.entity.js';

/**
 * The read model's rule: a record replaces the local copy only when its version is newer, so
 * redelivered or out-of-order registry events never roll the copy back.
 */
export function nextReference(current: OrganizationReference | null, incoming: OrganizationRecord): OrganizationReference | null {
  if (current && current.version >= incoming.version) return null;
  return Object.assign(new OrganizationReference(), {
    id: incoming.id,
    slug: incoming.slug,
    kind: incoming.kind,
    name: incoming.name,
    status: incoming.status,
    councilDistricts: incoming.councilDistricts,
    bureauCode: incoming.bureauCode ?? null,
    parentId: incoming.parentId ?? null,
    boundary: incoming.boundary ?? null,
    representativePoint: incoming.representativePoint ?? null,
    version: incoming.version,
    updatedAt: new Date(incoming.updatedAt),
  });
}

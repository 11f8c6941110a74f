import type { Boundary, LonLat, OrganizationKind, OrganizationStatus } from '#libs/contracts';
import { sameValue } from '../seed/seed-plan.js';
import type { ImportedFields, ImportRow } from './organization-import.js';

/** What the registry holds of an organization, as far as an import compares it. */
export interface ImportTarget {
  id: string;
  slug: string;
  ocdId: string;
  kind: OrganizationKind;
  name: string;
  status: OrganizationStatus;
  parentId: string | null;
  website: string | null;
  publicEmail: string | null;
  languages: string[];
  meetingSchedule: string | null;
  serviceArea: string | null;
  bureauCode: string | null;
  boundary: Boundary | null;
  representativePoint: LonLat | null;
}

export type ImportAction = 'create' | 'update' | 'unchanged' | 'invalid';

export interface ImportChange {
  field: string;
  /** Omitted for boundaries, which are too large to show. */
  from?: unknown;
  to?: unknown;
}

export interface PlannedImport {
  ref: string;
  slug: string;
  action: ImportAction;
  /** The existing organization's id, for updates and unchanged ones. */
  id: string | null;
  /** The parent by slug when it is created by the same import, else by id. */
  parent: { id: string } | { newSlug: string } | null;
  fields: ImportedFields;
  changes: ImportChange[];
  problems: string[];
}

const COMPARED = ['ocdId', 'kind', 'name', 'website', 'publicEmail', 'languages', 'meetingSchedule', 'serviceArea', 'bureauCode', 'status', 'boundary', 'representativePoint'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Compares imported rows with the registry. A row is the same organization as an existing one when
 * its OCD id matches, or else its slug. Only the fields a row gives are compared, so a file of
 * websites changes websites and nothing else.
 */
export function planImport(rows: ImportRow[], existing: ImportTarget[]): PlannedImport[] {
  const byOcdId = new Map(existing.map((o) => [o.ocdId, o]));
  const bySlug = new Map(existing.map((o) => [o.slug, o]));
  const byId = new Map(existing.map((o) => [o.id, o]));
  const current = (row: ImportRow) => (row.fields.ocdId ? byOcdId.get(row.fields.ocdId) : undefined) ?? bySlug.get(row.fields.slug);
  const createdSlugs = new Set(rows.filter((r) => !current(r)).map((r) => r.fields.slug));

  return rows.map((row): PlannedImport => {
    const { fields } = row;
    const found = current(row);
    const problems = [...row.problems];
    let parent: PlannedImport['parent'] = null;
    if (fields.parent !== undefined) {
      const existingParent = UUID.test(fields.parent) ? byId.get(fields.parent) : bySlug.get(fields.parent);
      if (existingParent) parent = { id: existingParent.id };
      else if (createdSlugs.has(fields.parent) && fields.parent !== fields.slug) parent = { newSlug: fields.parent };
      else problems.push(`parent: no organization has slug or id "${fields.parent}"`);
    }
    const planned = { ref: row.ref, slug: fields.slug, id: found?.id ?? null, parent, fields, changes: [] as ImportChange[], problems };
    if (!found) {
      // A field already reported as invalid is not reported again as missing.
      const reported = (field: string) => problems.some((p) => p.startsWith(`${field}:`));
      if (!fields.kind && !reported('kind')) problems.push('kind: a new organization needs a kind');
      if (!fields.name && !reported('name')) problems.push('name: a new organization needs a name');
      return { ...planned, action: problems.length > 0 ? 'invalid' : 'create' };
    }
    if (found.status === 'archived') problems.push(`slug: "${found.slug}" is archived and can no longer change`);
    if (problems.length > 0) return { ...planned, action: 'invalid' };
    const changes: ImportChange[] = [];
    for (const field of COMPARED) {
      const wanted = fields[field];
      // A new boundary brings its own representative point.
      if (wanted === undefined || (field === 'representativePoint' && fields.boundary)) continue;
      if (sameValue(found[field], wanted)) continue;
      changes.push(field === 'boundary' ? { field } : { field, from: found[field], to: wanted });
    }
    if (parent && 'newSlug' in parent) changes.push({ field: 'parent', from: found.parentId, to: parent.newSlug });
    else if (parent && parent.id !== found.parentId) changes.push({ field: 'parent', from: found.parentId, to: parent.id });
    return { ...planned, changes, action: changes.length > 0 ? 'update' : 'unchanged' };
  });
}

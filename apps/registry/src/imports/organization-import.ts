import { parse } from 'csv-parse/sync';
import { isEmail, isURL } from 'class-validator';
import { BUREAU_CODE, LANGUAGE_TAG, OrganizationKinds, SLUG, unsafeInput, type Boundary, type LonLat, type OrganizationKind, type OrganizationStatus } from '#libs/contracts';
import { normalizedBoundary, normalizedPosition } from '../boundaries/boundary-normalization.js';
import { boundaryProblems } from '../boundaries/boundary-validation.js';
import { slugify } from '../seed/slug.js';

/** The fields an import may set, in the API's names; CSV headers and GeoJSON properties use them too. */
export interface ImportedFields {
  slug: string;
  ocdId?: string;
  kind?: OrganizationKind;
  name?: string;
  /** The parent's slug or id (a neighborhood association's coalition). */
  parent?: string;
  website?: string | null;
  publicEmail?: string | null;
  languages?: string[];
  meetingSchedule?: string | null;
  serviceArea?: string | null;
  bureauCode?: string | null;
  status?: Extract<OrganizationStatus, 'active' | 'inactive'>;
  boundary?: Boundary;
  representativePoint?: LonLat;
}

/** One row or feature: where it came from, what it sets, and what is wrong with it. */
export interface ImportRow {
  ref: string;
  fields: ImportedFields;
  problems: string[];
}

export type ImportFormat = 'geojson' | 'csv';

const TEXT_FIELDS = ['slug', 'ocdId', 'kind', 'name', 'parent', 'website', 'publicEmail', 'languages', 'meetingSchedule', 'serviceArea', 'bureauCode', 'status'] as const;
/** Read-only fields of the GeoJSON export, accepted so an export can be edited and imported back. */
const COMPUTED_FIELDS = ['id', 'councilDistricts', 'parentId'];
const CSV_POINT_FIELDS = ['lat', 'lon'];

/** Thrown when the file as a whole cannot be read: nothing in it is imported. */
export class ImportFileError extends Error {
  constructor(readonly field: string, readonly rule: string, message: string) {
    super(message);
  }
}

/** Reads a GeoJSON FeatureCollection or a CSV file into rows, each checked on its own. */
export function readImport(format: ImportFormat, content: string): ImportRow[] {
  refuseUnsafe(content);
  const rows = format === 'csv' ? readCsv(content) : readGeoJson(content);
  if (rows.length === 0) throw new ImportFileError('content', 'isNotEmpty', 'the file holds no organizations');
  const seen = new Map<string, string>();
  for (const row of rows) {
    const first = seen.get(row.fields.slug);
    if (first) row.problems.push(`slug: "${row.fields.slug}" is also in ${first}`);
    else seen.set(row.fields.slug, row.ref);
  }
  return rows;
}

function readCsv(content: string): ImportRow[] {
  let records: Record<string, string>[];
  try {
    records = parse(content, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (e) {
    throw new ImportFileError('content', 'isCsv', `the CSV cannot be read: ${(e as Error).message}`);
  }
  if (records.length === 0) return [];
  const unknown = Object.keys(records[0]).filter((c) => !(TEXT_FIELDS as readonly string[]).includes(c) && !CSV_POINT_FIELDS.includes(c) && !COMPUTED_FIELDS.includes(c));
  if (unknown.length > 0) throw new ImportFileError('columns', 'isKnownColumn', `unknown column(s) ${unknown.map((c) => `"${c}"`).join(', ')}; known: ${[...TEXT_FIELDS, ...CSV_POINT_FIELDS].join(', ')}`);
  // Header is line 1, so a record's line is its index + 2.
  return records.map((record, i) => {
    const problems: string[] = [];
    const fields = textFields(record, problems);
    const [lat, lon] = [record.lat, record.lon].map((v) => (v === undefined || v === '' ? undefined : Number(v)));
    if ((lat === undefined) !== (lon === undefined)) problems.push('lat, lon: give both or neither');
    else if (lat !== undefined && lon !== undefined) {
      if (!Number.isFinite(lat) || lat < -90 || lat > 90) problems.push(`lat: must be a number within -90..90; got "${record.lat}"`);
      else if (!Number.isFinite(lon) || lon < -180 || lon > 180) problems.push(`lon: must be a number within -180..180; got "${record.lon}"`);
      else fields.representativePoint = normalizedPosition([lon, lat]);
    }
    return { ref: `row ${i + 2}`, fields, problems };
  });
}

/** NUL characters, lone surrogates, prototype keys or deep nesting: a file no organization could be stored from. */
function refuseUnsafe(content: unknown): void {
  const unsafe = unsafeInput(content, 'content');
  if (unsafe) throw new ImportFileError(unsafe.field, unsafe.rule, unsafe.message);
}

function readGeoJson(content: string): ImportRow[] {
  let doc: unknown;
  try {
    doc = JSON.parse(content);
  } catch (e) {
    throw new ImportFileError('content', 'isJson', `the GeoJSON is not JSON: ${(e as Error).message}`);
  }
  // JSON escapes (\u0000, a lone \ud800) and nesting that no GeoJSON has, refused before anything walks it.
  refuseUnsafe(doc);
  const { type, features } = (doc ?? {}) as { type?: unknown; features?: unknown };
  if (type !== 'FeatureCollection' || !Array.isArray(features)) throw new ImportFileError('content', 'isFeatureCollection', 'must be a GeoJSON FeatureCollection with a features array');
  return features.map((feature: unknown, i) => {
    const ref = `feature ${i}`;
    const { type: featureType, properties, geometry } = (feature ?? {}) as { type?: unknown; properties?: unknown; geometry?: unknown };
    if (featureType !== 'Feature' || typeof properties !== 'object' || properties === null) {
      return { ref, fields: { slug: '' }, problems: ['feature: must be a GeoJSON Feature with properties'] };
    }
    const problems: string[] = [];
    const props = properties as Record<string, unknown>;
    const unknown = Object.keys(props).filter((k) => !(TEXT_FIELDS as readonly string[]).includes(k) && !COMPUTED_FIELDS.includes(k));
    for (const k of unknown) problems.push(`properties.${k}: unknown property; known: ${TEXT_FIELDS.join(', ')}`);
    const text = Object.fromEntries(
      Object.entries(props)
        .filter(([k, v]) => (TEXT_FIELDS as readonly string[]).includes(k) && v !== null && v !== undefined)
        .map(([k, v]) => [k, Array.isArray(v) ? v.join(';') : String(v)]),
    );
    const fields = textFields(text, problems);
    if (geometry !== null && geometry !== undefined) {
      const { type: geometryType, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
      if (geometryType === 'Point') {
        const [lon, lat] = Array.isArray(coordinates) ? (coordinates as unknown[]) : [];
        if (typeof lon !== 'number' || typeof lat !== 'number' || lon < -180 || lon > 180 || lat < -90 || lat > 90) {
          problems.push('geometry.coordinates: a Point must be [longitude, latitude] within WGS84 ranges');
        } else fields.representativePoint = normalizedPosition([lon, lat]);
      } else {
        const geometryProblems = boundaryProblems(geometry, 'geometry');
        if (geometryProblems.length > 0) problems.push(...geometryProblems.map((p) => `geometry: ${p}`));
        // Normalized as the registry stores it, so a boundary it exported compares unchanged.
        else fields.boundary = normalizedBoundary(geometry as Boundary);
      }
    }
    return { ref, fields, problems };
  });
}

/** Checks the text fields one by one; empty text clears an optional field. */
function textFields(record: Record<string, string | undefined>, problems: string[]): ImportedFields {
  const value = (k: (typeof TEXT_FIELDS)[number]) => {
    const v = record[k];
    return v === undefined ? undefined : v.trim();
  };
  const name = value('name');
  const slug = value('slug') || (name ? slugify(name) : '');
  const fields: ImportedFields = { slug };
  if (!slug) problems.push('slug: give a slug or a name to make one from');
  else if (!SLUG.test(slug)) problems.push(`slug: "${slug}" must be lowercase words joined by hyphens`);
  if (name !== undefined) {
    if (name === '') problems.push('name: must not be empty');
    else fields.name = name;
  }
  const kind = value('kind');
  if (kind) {
    if ((OrganizationKinds as readonly string[]).includes(kind)) fields.kind = kind as OrganizationKind;
    else problems.push(`kind: "${kind}" must be one of ${OrganizationKinds.join(', ')}`);
  }
  const ocdId = value('ocdId');
  if (ocdId) fields.ocdId = ocdId;
  const parent = value('parent');
  if (parent) fields.parent = parent;
  const website = value('website');
  if (website !== undefined) {
    if (website && !isURL(website, { require_protocol: true, protocols: ['http', 'https'] })) problems.push(`website: "${website}" must be an http(s) URL`);
    else fields.website = website || null;
  }
  const publicEmail = value('publicEmail');
  if (publicEmail !== undefined) {
    if (publicEmail && !isEmail(publicEmail)) problems.push(`publicEmail: "${publicEmail}" must be an email address`);
    else fields.publicEmail = publicEmail || null;
  }
  const languages = value('languages');
  if (languages !== undefined) {
    const tags = languages.split(/[;,]/).map((t) => t.trim()).filter(Boolean);
    const bad = tags.filter((t) => !LANGUAGE_TAG.test(t));
    if (bad.length > 0) problems.push(`languages: ${bad.map((t) => `"${t}"`).join(', ')} must be BCP 47 tags such as en, es or zh-Hant`);
    else fields.languages = tags;
  }
  for (const k of ['meetingSchedule', 'serviceArea'] as const) {
    const v = value(k);
    if (v !== undefined) fields[k] = v || null;
  }
  const bureauCode = value('bureauCode');
  if (bureauCode !== undefined) {
    if (bureauCode && !BUREAU_CODE.test(bureauCode)) problems.push(`bureauCode: "${bureauCode}" must be 2-8 capital letters or &`);
    else fields.bureauCode = bureauCode || null;
  }
  const status = value('status');
  if (status) {
    if (status === 'active' || status === 'inactive') fields.status = status;
    else problems.push(`status: "${status}" must be active or inactive (archive through its own route)`);
  }
  return fields;
}

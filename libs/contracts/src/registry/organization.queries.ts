import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  OrganizationKinds,
  OrganizationRecord,
  OrganizationStatuses,
  type Boundary,
  type LonLat,
  type OrganizationKind,
  type OrganizationStatus,
} from './organization.events.js';
import { BUREAU_CODE, COUNCIL_DISTRICT, LANGUAGE_TAG, MAX_COUNCIL_DISTRICTS, MAX_LANGUAGES } from '../patterns.js';

/** Request/reply patterns the registry answers (core NATS, `civic.query.<pattern>`). */
export const RegistryQueries = {
  createOrganization: 'registry.organization.create',
  getOrganization: 'registry.organization.get',
  lookup: 'registry.organization.lookup',
  listOrganizations: 'registry.organization.list',
  mapOrganizations: 'registry.organization.map',
  updateOrganization: 'registry.organization.update',
  archiveOrganization: 'registry.organization.archive',
  organizationPeople: 'registry.organization.people',
  createPerson: 'registry.person.create',
  getPerson: 'registry.person.get',
  createMembership: 'registry.membership.create',
  endMembership: 'registry.membership.end',
  popolo: 'registry.popolo.export',
  importOrganizations: 'registry.organization.import',
} as const;

/** Body of `registry.organization.create` (and of `POST /v1/organizations`). */
export class CreateOrganizationRequest {
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug must be lowercase words joined by hyphens' })
  @MaxLength(120)
  slug: string;

  @IsIn(OrganizationKinds)
  kind: OrganizationKind;

  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  ocdId?: string;

  @IsOptional()
  @IsUUID()
  parentId?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_COUNCIL_DISTRICTS)
  @IsString({ each: true })
  councilDistricts?: string[];

  @IsOptional()
  @Matches(BUREAU_CODE, { message: 'bureauCode must be 2-8 capital letters or &' })
  bureauCode?: string;

  /** A GeoJSON Polygon or MultiPolygon in WGS84; the registry checks its rings and computes the council districts. */
  @IsOptional()
  @IsObject()
  boundary?: Boundary;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LANGUAGES)
  @Matches(LANGUAGE_TAG, { each: true, message: 'languages must be BCP 47 tags such as en, es or zh-Hant' })
  languages?: string[];

  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  website?: string;

  @IsOptional()
  @IsEmail()
  publicEmail?: string;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  meetingSchedule?: string;

  /** What a bureau serves, e.g. Public Works. */
  @IsOptional()
  @IsString()
  @MaxLength(300)
  serviceArea?: string;
}

/** Body of `registry.organization.get`. */
export class GetOrganizationRequest {
  @IsString()
  @IsNotEmpty()
  idOrSlug: string;
}

/** Body of `registry.organization.lookup` (and the query of `GET /v1/lookup`): a point in WGS84. */
export class LookupRequest {
  // Query strings arrive as text.
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  lat: number;

  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  lon: number;
}

/**
 * The organizations whose areas contain a point, without their boundaries (ask for an
 * organization to get its boundary). Neighborhood associations and business districts overlap
 * in places, so each list holds every one that contains the point.
 */
export class LookupResponse {
  @ValidateNested({ each: true })
  @Type(() => OrganizationRecord)
  neighborhoodAssociations: OrganizationRecord[];

  /** The district offices of those neighborhood associations. */
  @ValidateNested({ each: true })
  @Type(() => OrganizationRecord)
  districtCoalitions: OrganizationRecord[];

  @ValidateNested({ each: true })
  @Type(() => OrganizationRecord)
  councilDistricts: OrganizationRecord[];

  @ValidateNested({ each: true })
  @Type(() => OrganizationRecord)
  businessDistricts: OrganizationRecord[];
}

/** Which organizations a list or map shows (the query of `GET /v1/organizations` and `.geojson`); every filter is optional. */
export class OrganizationFilter {
  @IsOptional()
  @IsIn(OrganizationKinds)
  kind?: OrganizationKind;

  @IsOptional()
  @Matches(COUNCIL_DISTRICT, { message: 'councilDistrict must be a council district number, e.g. 2' })
  councilDistrict?: string;

  /** The district coalition (or city-staffed district office) the organizations belong to: its slug or id. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  coalition?: string;

  @IsOptional()
  @IsIn(OrganizationStatuses)
  status?: OrganizationStatus;

  /** Words the name starts words with, ignoring case and accents: `kent` finds Kenton. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  q?: string;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** Body of `registry.organization.list`: a filter and a page of it, in name order. */
export class ListOrganizationsRequest extends OrganizationFilter {
  // Query strings arrive as text.
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  /** `nextCursor` of the previous page, as given. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,2000}$/, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;
}

/** One page of organizations, without their boundaries. `nextCursor` is null on the last page. */
export class OrganizationPage {
  @ValidateNested({ each: true })
  @Type(() => OrganizationRecord)
  items: OrganizationRecord[];

  @IsOptional()
  @IsString()
  nextCursor: string | null;
}

/** Properties of each feature of the organizations' map. */
export class OrganizationFeatureProperties {
  @IsUUID() id: string;
  @IsString() slug: string;
  @IsString() name: string;
  @IsIn(OrganizationKinds) kind: OrganizationKind;
  @IsIn(OrganizationStatuses) status: OrganizationStatus;
  @IsString({ each: true }) councilDistricts: string[];
  @IsOptional() @IsUUID() parentId: string | null;
}

/** Answer of `registry.organization.map`: a GeoJSON FeatureCollection of boundaries, or points where there is none. */
export interface OrganizationFeatureCollection {
  type: 'FeatureCollection';
  features: Array<{
    type: 'Feature';
    id: string;
    geometry: Boundary | { type: 'Point'; coordinates: LonLat } | null;
    properties: OrganizationFeatureProperties;
  }>;
}

/** What an admin may change on an organization (the body of `PATCH /v1/organizations/{idOrSlug}`). */
export class OrganizationChanges {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name?: string;

  /** Archiving has its own route, so that it publishes `organization.archived`. */
  @IsOptional()
  @IsIn(['active', 'inactive'])
  status?: 'active' | 'inactive';

  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  website?: string | null;

  @IsOptional()
  @IsEmail()
  publicEmail?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LANGUAGES)
  @Matches(LANGUAGE_TAG, { each: true, message: 'languages must be BCP 47 tags such as en, es or zh-Hant' })
  languages?: string[];

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  meetingSchedule?: string | null;

  /** A GeoJSON Polygon or MultiPolygon in WGS84; the registry checks its rings. */
  @IsOptional()
  @IsObject()
  boundary?: Boundary;
}

/** Body of `registry.organization.update`: changes made to the version the caller has seen. */
export class UpdateOrganizationRequest {
  @IsString()
  @IsNotEmpty()
  idOrSlug: string;

  @IsInt()
  @Min(1)
  expectedVersion: number;

  @ValidateNested()
  @Type(() => OrganizationChanges)
  changes: OrganizationChanges;
}

/** Body of `registry.organization.archive`. */
export class ArchiveOrganizationRequest {
  @IsString()
  @IsNotEmpty()
  idOrSlug: string;

  @IsInt()
  @Min(1)
  expectedVersion: number;
}

export const ImportFormats = ['geojson', 'csv'] as const;

/** Body of `registry.organization.import`: a GeoJSON FeatureCollection or a CSV file, as text. */
export class ImportOrganizationsRequest {
  @IsIn(ImportFormats)
  format: (typeof ImportFormats)[number];

  @IsString()
  @IsNotEmpty()
  content: string;

  /** True returns what would change and changes nothing. */
  @IsBoolean()
  dryRun: boolean;
}

/** The query of `POST /v1/organizations/import`. */
export class ImportOrganizationsQuery {
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';
}

/** A field an import changes: what it was and what it becomes. */
export class ImportChange {
  @IsString() field: string;
  @IsOptional() from?: unknown;
  @IsOptional() to?: unknown;
}

export const ImportActions = ['create', 'update', 'unchanged', 'invalid'] as const;

/** One row or feature of an import and what it does. */
export class ImportItem {
  /** Where it is in the file: `row 3` (CSV lines, the header is row 1) or `feature 0`. */
  @IsString() ref: string;
  @IsString() slug: string;
  @IsIn(ImportActions) action: (typeof ImportActions)[number];
  @IsOptional() @IsUUID() id: string | null;
  @ValidateNested({ each: true }) @Type(() => ImportChange) changes: ImportChange[];
  @IsString({ each: true }) problems: string[];
}

/** How many rows or features an import creates, updates, leaves alone or refuses. */
export class ImportSummary {
  @IsInt() @Min(0) create: number;
  @IsInt() @Min(0) update: number;
  @IsInt() @Min(0) unchanged: number;
  @IsInt() @Min(0) invalid: number;
}

/** Answer of an import: the diff, and whether it was applied (never when dry-run, never partly). */
export class ImportReport {
  @IsBoolean() dryRun: boolean;
  @IsBoolean() applied: boolean;
  @ValidateNested() @Type(() => ImportSummary) summary: ImportSummary;
  @ValidateNested({ each: true }) @Type(() => ImportItem) items: ImportItem[];
}

import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';

export const OrganizationKinds = [
  'neighborhood_association',
  'business_district_association',
  'district_coalition',
  'council_district',
  'community_organization',
  'bureau',
] as const;
export type OrganizationKind = (typeof OrganizationKinds)[number];

export const OrganizationStatuses = ['active', 'inactive', 'archived'] as const;
export type OrganizationStatus = (typeof OrganizationStatuses)[number];

/** A GeoJSON Polygon or MultiPolygon in WGS84 (RFC 7946): positions are [longitude, latitude]. */
export type Boundary =
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** [longitude, latitude], GeoJSON's order. */
export type LonLat = [number, number];

/** The public record of an organization as other services see it. */
export class OrganizationRecord {
  @IsUUID()
  id: string;

  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug must be lowercase words joined by hyphens' })
  slug: string;

  @IsString()
  @IsNotEmpty()
  ocdId: string;

  @IsIn(OrganizationKinds)
  kind: OrganizationKind;

  @IsString()
  @IsNotEmpty()
  name: string;

  @IsIn(OrganizationStatuses)
  status: OrganizationStatus;

  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @IsArray()
  @IsString({ each: true })
  councilDistricts: string[];

  @IsOptional()
  @IsString()
  bureauCode?: string | null;

  // The fields below arrived with the registry issue; optional so that earlier events still validate.
  @IsOptional()
  @IsObject()
  boundary?: Boundary | null;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsNumber({}, { each: true })
  representativePoint?: LonLat | null;

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  languages?: string[];

  @IsOptional()
  @IsUrl({ require_protocol: true })
  website?: string | null;

  @IsOptional()
  @IsEmail()
  publicEmail?: string | null;

  @IsOptional()
  @IsString()
  meetingSchedule?: string | null;

  @IsOptional()
  @IsString()
  serviceArea?: string | null;

  @IsInt()
  @Min(1)
  version: number;

  /** Optional so that events published before it was added still validate. */
  @IsOptional()
  @IsISO8601()
  createdAt?: string;

  @IsISO8601()
  updatedAt: string;
}

/** `civic.registry.organization.created` / `.updated`: the full current record and its version. */
export class OrganizationChangedV1 {
  @ValidateNested()
  @Type(() => OrganizationRecord)
  organization: OrganizationRecord;
}

/** `civic.registry.organization.archived`. */
export class OrganizationArchivedV1 {
  @ValidateNested()
  @Type(() => OrganizationRecord)
  organization: OrganizationRecord;
}

import { Type } from 'class-transformer';
import { IsArray, IsIn, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { OrganizationKinds, OrganizationRecord, type OrganizationKind } from './organization.events.js';

/** Request/reply patterns the registry answers (core NATS, `civic.query.<pattern>`). */
export const RegistryQueries = {
  createOrganization: 'registry.organization.create',
  getOrganization: 'registry.organization.get',
  lookup: 'registry.organization.lookup',
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
  ocdId?: string;

  @IsOptional()
  @IsUUID()
  parentId?: string;

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  councilDistricts?: string[];

  @IsOptional()
  @Matches(/^[A-Z&]{2,8}$/, { message: 'bureauCode must be 2-8 capital letters or &' })
  bureauCode?: string;
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

import { IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { OrganizationKinds, type OrganizationKind } from './organization.events.js';

/** Request/reply patterns the registry answers (core NATS, `civic.query.<pattern>`). */
export const RegistryQueries = {
  createOrganization: 'registry.organization.create',
  getOrganization: 'registry.organization.get',
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

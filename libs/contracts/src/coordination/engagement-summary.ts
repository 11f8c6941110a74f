import { Type } from 'class-transformer';
import { IsArray, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Min, ValidateNested } from 'class-validator';

/** An organization an engagement reaches, named so a message can say who without asking the registry. */
export class AudienceOrganization {
  @IsUUID()
  id: string;

  @IsString()
  slug: string;

  @IsString()
  name: string;

  @IsString()
  kind: string;
}

/** Who an engagement is for, or what two engagements share. */
export class AudienceSummary {
  @ValidateNested({ each: true })
  @Type(() => AudienceOrganization)
  organizations: AudienceOrganization[];

  @IsArray()
  @IsString({ each: true })
  councilDistricts: string[];

  /** Free community tags, e.g. "renters", "Vietnamese-speaking residents". */
  @IsArray()
  @IsString({ each: true })
  communityTags: string[];
}

/** Enough of an engagement for an alert to name it, its bureau, its time and place. */
export class EngagementSummary {
  @IsUUID()
  id: string;

  @IsString()
  @IsNotEmpty()
  bureau: string;

  @IsString()
  @IsNotEmpty()
  title: string;

  @IsString()
  kind: string;

  @IsString()
  status: string;

  /** UTC instants; messages show them in the city's time zone. */
  @IsISO8601()
  startsAt: string;

  @IsISO8601()
  endsAt: string;

  @IsOptional()
  @IsString()
  address?: string | null;

  @IsOptional()
  @IsString()
  onlineUrl?: string | null;

  @ValidateNested()
  @Type(() => AudienceSummary)
  audience: AudienceSummary;

  @IsInt()
  @Min(1)
  version: number;
}

import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsNumber, IsOptional, IsString, IsUrl, Min, ValidateNested } from 'class-validator';
import { AlertScope } from '../alerts/alert-scope.js';
import { EngagementSummary } from '../coordination/engagement-summary.js';

export const EngagementKinds = [
  'listening_session',
  'open_house',
  'workshop',
  'survey',
  'tabling',
  'public_hearing',
  'online_forum',
  'walking_tour',
  'other',
] as const;
export type EngagementKind = (typeof EngagementKinds)[number];

export const EngagementStatuses = ['draft', 'scheduled', 'postponed', 'held', 'closed', 'cancelled'] as const;
export type EngagementStatus = (typeof EngagementStatuses)[number];

/** Where an engagement happens, resolved against the registry: a place, an online URL, or both. */
export class EngagementLocation {
  @IsOptional()
  @IsString()
  address?: string | null;

  @IsOptional()
  @IsNumber()
  lat?: number | null;

  @IsOptional()
  @IsNumber()
  lon?: number | null;

  @IsOptional()
  @IsUrl({ require_protocol: true })
  onlineUrl?: string | null;

  /** Registry ids of the neighborhood associations containing the place. */
  @IsArray()
  @IsString({ each: true })
  neighborhoodIds: string[];

  @IsArray()
  @IsString({ each: true })
  councilDistricts: string[];
}

/** What an engagement can offer so that everyone can take part. */
export const AccessibilityFeatures = ['accessibleVenue', 'asl', 'captioning', 'childcare', 'food', 'nearTransit', 'stipends'] as const;
export type AccessibilityFeature = (typeof AccessibilityFeatures)[number];

export class EngagementAccessibility implements Record<AccessibilityFeature, boolean> {
  @IsBoolean() accessibleVenue: boolean;
  @IsBoolean() asl: boolean;
  @IsBoolean() captioning: boolean;
  @IsBoolean() childcare: boolean;
  @IsBoolean() food: boolean;
  @IsBoolean() nearTransit: boolean;
  @IsBoolean() stipends: boolean;
}

/**
 * The public record of an engagement as other services see it. The bureau's contact person is
 * personal data and stays in the scheduling service.
 */
export class EngagementRecord extends EngagementSummary {
  @IsOptional()
  @IsString()
  description?: string | null;

  /** The IANA zone the bureau scheduled in; times are shown in America/Los_Angeles. */
  @IsString()
  timeZone: string;

  @ValidateNested()
  @Type(() => EngagementLocation)
  location: EngagementLocation;

  /** BCP 47 tags of the languages offered. */
  @IsArray()
  @IsString({ each: true })
  languages: string[];

  @ValidateNested()
  @Type(() => EngagementAccessibility)
  accessibility: EngagementAccessibility;

  @IsOptional()
  @IsInt()
  @Min(0)
  expectedAttendance?: number | null;

  @IsOptional()
  @IsInt()
  @Min(0)
  actualAttendance?: number | null;

  @IsOptional()
  @IsUrl({ require_protocol: true })
  externalUrl?: string | null;

  /** The bureau's own id for it; unique per bureau. */
  @IsOptional()
  @IsString()
  externalId?: string | null;

  /** When it was marked held. */
  @IsOptional()
  @IsISO8601()
  heldAt?: string | null;

  /** When it was cancelled. */
  @IsOptional()
  @IsISO8601()
  cancelledAt?: string | null;

  /** Why it was cancelled, in the bureau's words, when it said. */
  @IsOptional()
  @IsString()
  cancellationReason?: string | null;

  @IsISO8601()
  updatedAt: string;
}

/** `civic.engagement.scheduled/updated/cancelled/postponed/held`: the full current record and who it concerns. */
export class EngagementChangedV1 {
  @ValidateNested()
  @Type(() => EngagementRecord)
  engagement: EngagementRecord;

  @IsIn([...EngagementStatuses, 'none'])
  previousStatus: EngagementStatus | 'none';

  @ValidateNested()
  @Type(() => AlertScope)
  scope: AlertScope;
}

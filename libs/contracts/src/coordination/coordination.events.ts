import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Min,
  ValidateNested,
} from 'class-validator';
import { AlertScope } from '../alerts/alert-scope.js';
import { AudienceSummary, EngagementSummary } from './engagement-summary.js';

export const ConflictSeverities = ['low', 'medium', 'high'] as const;
export type ConflictSeverity = (typeof ConflictSeverities)[number];

/** `civic.coordination.conflict.detected`: two engagements overlap in time and audience. */
export class ConflictDetectedV1 {
  /** Stable for the pair, so `resolved` names the same conflict. */
  @IsUUID()
  conflictId: string;

  @IsIn(ConflictSeverities)
  severity: ConflictSeverity;

  @ValidateNested({ each: true })
  @Type(() => EngagementSummary)
  @ArrayMinSize(2)
  engagements: EngagementSummary[];

  /** Plain-words reasons, e.g. "both reach Kenton Neighborhood Association". */
  @IsArray()
  @IsString({ each: true })
  reasons: string[];

  @ValidateNested()
  @Type(() => AudienceSummary)
  sharedAudience: AudienceSummary;

  @ValidateNested()
  @Type(() => AlertScope)
  scope: AlertScope;
}

export const ConflictResolutions = ['moved', 'cancelled', 'postponed', 'audience_changed'] as const;

/** `civic.coordination.conflict.resolved`: one of the two moved, was cancelled or no longer shares an audience. */
export class ConflictResolvedV1 {
  @IsUUID()
  conflictId: string;

  @IsIn(ConflictResolutions)
  resolution: (typeof ConflictResolutions)[number];

  @ValidateNested({ each: true })
  @Type(() => EngagementSummary)
  engagements: EngagementSummary[];

  @ValidateNested()
  @Type(() => AlertScope)
  scope: AlertScope;
}

/** `civic.coordination.fatigue.detected`: distinct bureaus reach one community too often in a window. */
export class FatigueDetectedV1 {
  @IsUUID()
  organizationId: string;

  @IsString()
  organizationName: string;

  @IsInt()
  @Min(1)
  windowDays: number;

  @IsInt()
  @Min(2)
  threshold: number;

  @ValidateNested({ each: true })
  @Type(() => EngagementSummary)
  engagements: EngagementSummary[];

  @IsArray()
  @IsString({ each: true })
  bureaus: string[];

  /** E.g. "Consider co-hosting with BES and PBOT". */
  @IsString()
  @IsNotEmpty()
  suggestion: string;

  @ValidateNested()
  @Type(() => AlertScope)
  scope: AlertScope;
}

/** `civic.coordination.reportback.overdue`: held long ago and nothing reported back; raised once, then weekly. */
export class ReportBackOverdueV1 {
  @ValidateNested()
  @Type(() => EngagementSummary)
  engagement: EngagementSummary;

  @IsISO8601()
  heldAt: string;

  @IsInt()
  @Min(0)
  daysSinceHeld: number;

  /** 1 for the first notice, then one more each week. */
  @IsInt()
  @Min(1)
  notice: number;

  @ValidateNested()
  @Type(() => AlertScope)
  scope: AlertScope;
}

export const ThemeResponseStatuses = ['heard', 'under_consideration', 'adopted', 'not_adopted'] as const;
export type ThemeResponseStatus = (typeof ThemeResponseStatuses)[number];

/** One theme of what we heard and the bureau's answer to it. */
export class ThemeResponse {
  @IsString()
  @IsNotEmpty()
  theme: string;

  @IsIn(ThemeResponseStatuses)
  status: ThemeResponseStatus;

  @IsString()
  response: string;

  /** Required by the feedback service when status is not_adopted. */
  @IsOptional()
  @IsString()
  reason?: string | null;
}

/** `civic.feedback.response.published`: a report-back, which notifications sends to the engagement's audience. */
export class ReportBackPublishedV1 {
  @IsUUID()
  reportBackId: string;

  @ValidateNested()
  @Type(() => EngagementSummary)
  engagement: EngagementSummary;

  @IsString()
  @IsNotEmpty()
  whatWeHeard: string;

  @IsString()
  @IsNotEmpty()
  whatWeDid: string;

  @ValidateNested({ each: true })
  @Type(() => ThemeResponse)
  themes: ThemeResponse[];

  @IsOptional()
  @IsString()
  reportUrl?: string | null;

  @IsISO8601()
  publishedAt: string;

  @ValidateNested()
  @Type(() => AlertScope)
  scope: AlertScope;
}

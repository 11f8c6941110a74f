import { Type } from 'class-transformer';
import { Actor } from './engagement.queries.js';
import { IsIn, IsInt, IsISO8601, IsNumber, IsOptional, IsString, Matches, Max, Min, ValidateNested } from 'class-validator';
import { IsAfter, IsInDateRange } from '../input-rules.js';
import { BUREAU_CODE, BUREAU_CODE_MESSAGE } from '../patterns.js';
import { PeriodQuery } from '../period-page.js';

export const ReportQueries = {
  coverage: 'scheduling.report.coverage',
  attendance: 'scheduling.report.attendance',
} as const;

export const CoverageGroupings = ['district', 'neighborhood', 'coalition', 'bureau'] as const;
export type CoverageGrouping = (typeof CoverageGroupings)[number];

/** The query of `GET /v1/reports/coverage` (and body of `scheduling.report.coverage`). */
export class CoverageQuery {
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or date and time' })
  @IsInDateRange()
  from: string;

  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or date and time' })
  @IsInDateRange()
  @IsAfter('from')
  to: string;

  @IsOptional()
  @IsIn(CoverageGroupings)
  by?: CoverageGrouping;
}

/** Share (0..1) of engagements offering each accessibility feature. */
export class AccessibilityShares {
  @IsNumber() accessibleVenue: number;
  @IsNumber() asl: number;
  @IsNumber() captioning: number;
  @IsNumber() childcare: number;
  @IsNumber() food: number;
  @IsNumber() nearTransit: number;
  @IsNumber() stipends: number;
}

/** Engagements of one district, neighborhood, coalition or bureau in the period. */
export class CoverageGroup {
  /** District number, organization id or bureau code. */
  @IsString()
  key: string;

  @IsString()
  name: string;

  @IsInt()
  engagements: number;

  /** Actual attendance of those held. */
  @IsInt()
  attendance: number;

  /** Share offering a language other than English. */
  @IsNumber()
  interpretationShare: number;

  @ValidateNested()
  @Type(() => AccessibilityShares)
  accessibility: AccessibilityShares;
}

/** A council district's share of the period's engagements against its share of the city. */
export class DistrictShare {
  @IsString()
  district: string;

  @IsInt()
  engagements: number;

  @IsNumber()
  engagementShare: number;

  /** Its share of the city's land area (the registry has no population figures). */
  @IsNumber()
  cityShare: number;
}

export class NeighborhoodGap {
  @IsString() id: string;
  @IsString() slug: string;
  @IsString() name: string;
}

export class CoverageReport {
  @IsString() from: string;
  @IsString() to: string;
  @IsIn(CoverageGroupings) by: CoverageGrouping;

  /** Engagements scheduled, postponed, held or closed in the period (drafts and cancellations left out). */
  @IsInt() engagements: number;
  @IsInt() attendance: number;
  @IsNumber() interpretationShare: number;

  @ValidateNested()
  @Type(() => AccessibilityShares)
  accessibility: AccessibilityShares;

  @ValidateNested({ each: true })
  @Type(() => CoverageGroup)
  groups: CoverageGroup[];

  @ValidateNested({ each: true })
  @Type(() => NeighborhoodGap)
  neighborhoodsWithoutEngagement: NeighborhoodGap[];

  @ValidateNested({ each: true })
  @Type(() => DistrictShare)
  districts: DistrictShare[];
}

/** The query of `GET /v1/reports/attendance`. */
export class AttendanceQuery extends PeriodQuery {
  @IsIn(['month'])
  by: 'month';
}

/** One month (in America/Los_Angeles) of engagements and attendance. */
export class AttendanceMonth {
  /** YYYY-MM. */
  @IsString() month: string;
  @IsInt() engagements: number;
  @IsInt() held: number;
  @IsInt() expectedAttendance: number;
  @IsInt() actualAttendance: number;
}

export class AttendanceSeries {
  @ValidateNested({ each: true })
  @Type(() => AttendanceMonth)
  months: AttendanceMonth[];
}

/** Suggestions of `GET /v1/engagements/suggestions`. */
export class SuggestionQuery {
  /** Comma-separated organization slugs or ids the engagement is for. */
  @IsString()
  @Matches(/^[A-Za-z0-9-]+(,[A-Za-z0-9-]+)*$/, { message: 'audience must be organization slugs or ids separated by commas' })
  audience: string;

  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or date and time' })
  @IsInDateRange()
  from: string;

  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or date and time' })
  @IsInDateRange()
  @IsAfter('from')
  to: string;

  /** Minutes. */
  @Type(() => Number)
  @IsInt()
  @Min(15)
  @Max(12 * 60)
  duration: number;

  /** The bureau that would host it; a bureau key's own by default. */
  @IsOptional()
  @Matches(BUREAU_CODE, { message: BUREAU_CODE_MESSAGE })
  bureau?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}

/** Body of `scheduling.engagement.suggestions`. */
export class SuggestionRequest extends SuggestionQuery {
  @ValidateNested()
  @Type(() => Actor)
  actor: Actor;
}

export class SuggestedSlot {
  @IsString() startsAt: string;
  @IsString() endsAt: string;
  /** Engagements already reaching this audience within the fatigue window: fewer is better. */
  @IsInt() nearbyEngagements: number;
}

export class SlotSuggestions {
  @ValidateNested({ each: true })
  @Type(() => SuggestedSlot)
  slots: SuggestedSlot[];
}

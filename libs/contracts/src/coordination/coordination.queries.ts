import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { COUNCIL_DISTRICT } from '../patterns.js';
import { PeriodPageQuery } from '../period-page.js';
import { ConflictSeverities, type ConflictSeverity } from './coordination.events.js';
import { AudienceOrganization, EngagementSummary } from './engagement-summary.js';

/** Request/reply patterns of what coordination found, answered by the scheduling service. */
export const CoordinationQueries = {
  listConflicts: 'scheduling.conflict.list',
  getConflict: 'scheduling.conflict.get',
  listFatigue: 'scheduling.fatigue.list',
} as const;

export const ConflictStates = ['open', 'resolved', 'all'] as const;

/** The query of `GET /v1/conflicts` (and body of `scheduling.conflict.list`): soonest first; `bureau` is either engagement's. */
export class ConflictListQuery extends PeriodPageQuery {
  /** `open` (the default), `resolved` or `all`. */
  @IsOptional()
  @IsIn(ConflictStates)
  status?: (typeof ConflictStates)[number];

  @IsOptional()
  @IsIn(ConflictSeverities)
  severity?: ConflictSeverity;

  /** A council district either engagement is in or for. */
  @IsOptional()
  @Matches(COUNCIL_DISTRICT, { message: 'district must be a council district number, e.g. 2' })
  district?: string;
}

/** The `{id}` of `GET /v1/conflicts/{id}` (and body of `scheduling.conflict.get`). */
export class ConflictIdParams {
  @IsUUID('all', { message: 'id must be a conflict id (a UUID)' })
  id: string;
}

/** The query of `GET /v1/fatigue` (and body of `scheduling.fatigue.list`): alerts by their engagement's start, soonest first; `bureau` is that engagement's. */
export class FatigueListQuery extends PeriodPageQuery {
  /** The community asked too often: an organization's slug or id. */
  @IsOptional()
  @IsString()
  @MaxLength(120)
  organization?: string;
}

/** A conflict as coordination staff see it: both engagements as they stand now. */
export class ConflictView {
  @IsUUID()
  id: string;

  @IsIn(ConflictSeverities)
  severity: ConflictSeverity;

  @IsBoolean()
  open: boolean;

  @IsString({ each: true })
  reasons: string[];

  @IsISO8601()
  detectedAt: string;

  @IsOptional()
  @IsISO8601()
  resolvedAt: string | null;

  @ValidateNested({ each: true })
  @Type(() => EngagementSummary)
  engagements: EngagementSummary[];
}

export class ConflictPage {
  @ValidateNested({ each: true })
  @Type(() => ConflictView)
  items: ConflictView[];

  @IsOptional()
  @IsString()
  nextCursor: string | null;
}

/**
 * A community found fatigued when `engagement` was scheduled, with the engagements of distinct bureaus
 * that reach it in the window around that engagement as they stand now.
 */
export class FatigueView {
  @ValidateNested()
  @Type(() => AudienceOrganization)
  organization: AudienceOrganization;

  @ValidateNested()
  @Type(() => EngagementSummary)
  engagement: EngagementSummary;

  @IsISO8601()
  raisedAt: string;

  @IsInt()
  windowDays: number;

  @ValidateNested({ each: true })
  @Type(() => EngagementSummary)
  window: EngagementSummary[];

  @IsString({ each: true })
  bureaus: string[];
}

export class FatiguePage {
  @ValidateNested({ each: true })
  @Type(() => FatigueView)
  items: FatigueView[];

  @IsOptional()
  @IsString()
  nextCursor: string | null;
}

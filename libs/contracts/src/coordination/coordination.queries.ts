import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { COUNCIL_DISTRICT } from '../patterns.js';
import { PeriodPageQuery } from '../period-page.js';
import { ConflictSeverities, type ConflictSeverity } from './coordination.events.js';
import { AudienceOrganization, EngagementSummary } from './engagement-summary.js';
import { STAFF_ID, TriageFilters, TriagedAlert } from './triage.js';

/** Request/reply patterns of what coordination found, answered by the scheduling service. */
export const CoordinationQueries = {
  listConflicts: 'scheduling.conflict.list',
  getConflict: 'scheduling.conflict.get',
  listFatigue: 'scheduling.fatigue.list',
  getFatigue: 'scheduling.fatigue.get',
  /** One staff action (`TriageRequest.command`) on a conflict or a fatigue alert. */
  triageConflict: 'scheduling.conflict.triage',
  triageFatigue: 'scheduling.fatigue.triage',
  conflictHistory: 'scheduling.conflict.history',
  fatigueHistory: 'scheduling.fatigue.history',
} as const;

/** The filters staff work an inbox with, on both lists. */
class TriageListQuery extends PeriodPageQuery {
  /** `open`, `acknowledged`, `resolved` or `all`; without it, everything not resolved. */
  @IsOptional()
  @IsIn(TriageFilters)
  triage?: (typeof TriageFilters)[number];

  /** The staff id it is assigned to. */
  @IsOptional()
  @Matches(STAFF_ID, { message: 'assignee must be a staff id (a key id): 1-200 visible characters, no spaces' })
  assignee?: string;

  /** Words in an engagement's title, the reasons or community's name, or the resolution note, ignoring case. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  q?: string;
}

export const ConflictStates = ['open', 'resolved', 'all'] as const;

/** The query of `GET /v1/conflicts` (and body of `scheduling.conflict.list`): soonest first; `bureau` is either engagement's. */
export class ConflictListQuery extends TriageListQuery {
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

/** The `{id}` of `GET /v1/fatigue/{id}` (and body of `scheduling.fatigue.get`). */
export class FatigueIdParams {
  @IsUUID('all', { message: 'id must be a fatigue alert id (a UUID)' })
  id: string;
}

/** The query of `GET /v1/fatigue` (and body of `scheduling.fatigue.list`): alerts by their engagement's start, soonest first; `bureau` is that engagement's. */
export class FatigueListQuery extends TriageListQuery {
  /** The community asked too often: an organization's slug or id. */
  @IsOptional()
  @IsString()
  @MaxLength(120)
  organization?: string;
}

/**
 * A conflict as coordination staff see it: both engagements as they stand now. `open` and `resolvedAt`
 * are the detector's (the clash is gone once one moves or is cancelled); `triage` is the staff's.
 */
export class ConflictView extends TriagedAlert {
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
 * A community found fatigued in one window: one alert however many engagements tipped it there
 * (`raisedBy`, `engagement` the first), with the engagements of distinct bureaus that reach it in
 * that window as they stand now.
 */
export class FatigueView extends TriagedAlert {
  @IsUUID()
  id: string;

  @ValidateNested()
  @Type(() => AudienceOrganization)
  organization: AudienceOrganization;

  @ValidateNested()
  @Type(() => EngagementSummary)
  engagement: EngagementSummary;

  @IsISO8601()
  raisedAt: string;

  /** Every engagement that tipped it in this window, in start order. */
  @ValidateNested({ each: true })
  @Type(() => EngagementSummary)
  raisedBy: EngagementSummary[];

  /** When the last of them did. */
  @IsISO8601()
  lastRaisedAt: string;

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

import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ThemeResponseStatuses, type ThemeResponseStatus } from '../coordination/coordination.events.js';
import type { SynthesisStage } from './feedback.events.js';
import { IsAfter, IsInDateRange } from '../input-rules.js';
import { BUREAU_CODE, BUREAU_CODE_MESSAGE, COUNCIL_DISTRICT } from '../patterns.js';
import { PeriodPageQuery } from '../period-page.js';
import { EngagementSummary } from '../coordination/engagement-summary.js';


/** Which comments a synthesis covers; the parts combine (AND). At least one is needed. */
export class SynthesisScope {
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  engagementIds?: string[];

  @IsOptional()
  @Matches(BUREAU_CODE, { message: BUREAU_CODE_MESSAGE })
  bureau?: string;

  @IsOptional()
  @Matches(COUNCIL_DISTRICT, { message: 'councilDistrict must be a council district number, e.g. 2' })
  councilDistrict?: string;

  /** Submitted at or after (ISO 8601). */
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsInDateRange()
  from?: string;

  /** Submitted before (ISO 8601). */
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsInDateRange()
  @IsAfter('from')
  to?: string;
}

/** A theme staff give the synthesis (e.g. the four themes of a listening-session series). */
export class GivenThemeInput {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  label: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;
}

/** Body of `feedback.synthesis.create` (and of `POST /v1/syntheses`). */
export class CreateSynthesisRequest {
  @ValidateNested()
  @Type(() => SynthesisScope)
  scope: SynthesisScope;

  /** When given, comments are assigned to these themes instead of themes being found. */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => GivenThemeInput)
  themes?: GivenThemeInput[];

  /** Set by the gateway for a bureau key: it may only synthesize its own comments. */
  @IsOptional()
  @Matches(BUREAU_CODE, { message: BUREAU_CODE_MESSAGE })
  requestedBy?: string;
}

export class SynthesisAccepted {
  id: string;
  status: SynthesisStatus;
}

export const SynthesisStatuses = ['queued', 'running', 'done', 'failed'] as const;
export type SynthesisStatus = (typeof SynthesisStatuses)[number];

/** Body of `feedback.synthesis.get` and `feedback.synthesis.report`. */
export class GetSynthesisRequest {
  @IsUUID()
  id: string;

  /** Set for a bureau key: only its own syntheses are visible. */
  @IsOptional()
  @Matches(BUREAU_CODE, { message: BUREAU_CODE_MESSAGE })
  bureau?: string;
}

export class SynthesisReportRequest extends GetSynthesisRequest {
  @IsIn(['json', 'html', 'csv'])
  format: 'json' | 'html' | 'csv';
}

export interface ThemeView {
  key: number;
  label: string;
  keyphrases: string[];
  size: number;
  share: number;
  quotes: { commentId: string; text: string }[];
  sentiment: { positive: number; neutral: number; negative: number };
  councilDistricts: Record<string, number>;
  neighborhoods: Record<string, number>;
  response: { status: ThemeResponseStatus; response: string; reason: string | null; respondedAt: string } | null;
}

export interface SynthesisView {
  id: string;
  status: SynthesisStatus;
  stage: SynthesisStage;
  percent: number;
  scope: SynthesisScope;
  givenThemes: boolean;
  commentCount: number;
  otherCount: number;
  /** Comments received after the synthesis: placed on its themes, or not fitting any. */
  laterAssigned: number;
  laterUnassigned: number;
  method: { themeCount: number; chosenBy: string; scores: { k: number; silhouette: number }[] } | null;
  themes: ThemeView[];
  error: string | null;
  createdAt: string;
  completedAt: string | null;
}

/** An export: the rendered document and its media type. */
export interface RenderedReport {
  contentType: string;
  body: string;
}

/** Body of `feedback.theme.respond`: a bureau's answer to one theme. */
export class RespondToThemeRequest {
  @IsUUID()
  synthesisId: string;

  @IsInt()
  @Min(0)
  themeKey: number;

  @IsIn(ThemeResponseStatuses)
  status: ThemeResponseStatus;

  @IsString()
  @MaxLength(10_000)
  response: string;

  @ValidateIf((o: RespondToThemeRequest) => o.status === 'not_adopted')
  @IsString({ message: 'reason is required when status is not_adopted' })
  @IsNotEmpty({ message: 'reason is required when status is not_adopted' })
  @MaxLength(10_000)
  reason?: string | null;

  @IsOptional()
  @Matches(BUREAU_CODE, { message: BUREAU_CODE_MESSAGE })
  bureau?: string;
}

/** Body of `feedback.reportback.publish` (and of `POST /v1/engagements/{id}/report-back`). */
export class PublishReportBackRequest {
  @IsUUID()
  engagementId: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  whatWeHeard: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  whatWeDid: string;

  /** The synthesis whose themes and responses the report-back carries. */
  @IsOptional()
  @IsUUID()
  synthesisId?: string;

  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(2000)
  reportUrl?: string;

  /** Set for a bureau key: it may only report back on its own engagements. */
  @IsOptional()
  @Matches(BUREAU_CODE, { message: BUREAU_CODE_MESSAGE })
  bureau?: string;
}

export interface ReportBackView {
  id: string;
  engagementId: string;
  synthesisId: string | null;
  publishedAt: string;
  themes: { theme: string; status: ThemeResponseStatus; response: string; reason?: string | null }[];
}

/**
 * The query of `GET /v1/report-backs/overdue` (and body of `feedback.reportback.overdue.list`): engagements held
 * longer ago than the report-back deadline without one, held longest ago first; `from` and `to` bound when they were held.
 */
export class OverdueReportBackQuery extends PeriodPageQuery {}

/** An engagement still owing its community a report-back. */
export class OverdueReportBack {
  @ValidateNested()
  @Type(() => EngagementSummary)
  engagement: EngagementSummary;

  @IsISO8601()
  heldAt: string;

  /** When the report-back was due: held plus the deadline's days. */
  @IsISO8601()
  dueAt: string;

  @IsInt()
  daysSinceHeld: number;

  /** Overdue notices raised so far (the first when it fell due, then one a week). */
  @IsInt()
  notices: number;
}

export class OverdueReportBackPage {
  @ValidateNested({ each: true })
  @Type(() => OverdueReportBack)
  items: OverdueReportBack[];

  @IsOptional()
  @IsString()
  nextCursor: string | null;
}

import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
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
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ThemeResponseStatuses, type ThemeResponseStatus } from '../coordination/coordination.events.js';
import { SynthesisStages, type SynthesisStage } from './feedback.events.js';
import { IsAfter, IsInDateRange } from '../input-rules.js';
import { BUREAU_CODE, BUREAU_CODE_MESSAGE, COUNCIL_DISTRICT } from '../patterns.js';
import { PeriodPageQuery } from '../period-page.js';
import { EngagementSummary } from '../coordination/engagement-summary.js';
import { NoNulCharacter } from './text-rules.js';


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
  @NoNulCharacter()
  label: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @NoNulCharacter()
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

export const SynthesisStatuses = ['queued', 'running', 'done', 'failed'] as const;
export type SynthesisStatus = (typeof SynthesisStatuses)[number];

export class SynthesisAccepted {
  @IsUUID() id: string;
  @IsIn(SynthesisStatuses) status: SynthesisStatus;
}

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

/** A comment that says what a theme is about, in its (redacted) words. */
export class ThemeQuote {
  @IsUUID() commentId: string;
  @IsString() text: string;
}

/** The shares of a theme's comments that read positive, neutral or negative, each between 0 and 1. */
export class ThemeSentiment {
  @IsNumber() @Min(0) @Max(1) positive: number;
  @IsNumber() @Min(0) @Max(1) neutral: number;
  @IsNumber() @Min(0) @Max(1) negative: number;
}

/** The bureau's answer to a theme. */
export class ThemeResponseView {
  @IsIn(ThemeResponseStatuses) status: ThemeResponseStatus;
  @IsString() response: string;
  @IsOptional() @IsString() reason: string | null;
  @IsISO8601() respondedAt: string;
}

export class ThemeView {
  @IsInt() @Min(0) key: number;
  @IsString() label: string;
  @IsString({ each: true }) keyphrases: string[];
  @IsInt() @Min(0) size: number;
  /** Of the synthesis's comments, between 0 and 1. */
  @IsNumber() @Min(0) @Max(1) share: number;
  @ValidateNested({ each: true }) @Type(() => ThemeQuote) quotes: ThemeQuote[];
  @ValidateNested() @Type(() => ThemeSentiment) sentiment: ThemeSentiment;
  /** Comments per council district. */
  @IsObject() councilDistricts: Record<string, number>;
  /** Comments per neighborhood association. */
  @IsObject() neighborhoods: Record<string, number>;
  @IsOptional() @ValidateNested() @Type(() => ThemeResponseView) response: ThemeResponseView | null;
}

/** How well one number of themes separated the comments. */
export class ThemeCountScore {
  @IsInt() @Min(1) k: number;
  @IsNumber() silhouette: number;
}

/** How the number of themes was chosen. */
export class SynthesisMethod {
  @IsInt() @Min(0) themeCount: number;
  @IsString() chosenBy: string;
  @ValidateNested({ each: true }) @Type(() => ThemeCountScore) scores: ThemeCountScore[];
}

export class SynthesisView {
  @IsUUID() id: string;
  @IsIn(SynthesisStatuses) status: SynthesisStatus;
  @IsIn(SynthesisStages) stage: SynthesisStage;
  @IsInt() @Min(0) @Max(100) percent: number;
  @ValidateNested() @Type(() => SynthesisScope) scope: SynthesisScope;
  @IsBoolean() givenThemes: boolean;
  @IsInt() @Min(0) commentCount: number;
  @IsInt() @Min(0) otherCount: number;
  /** Comments received after the synthesis: placed on its themes, or not fitting any. */
  @IsInt() @Min(0) laterAssigned: number;
  @IsInt() @Min(0) laterUnassigned: number;
  @IsOptional() @ValidateNested() @Type(() => SynthesisMethod) method: SynthesisMethod | null;
  @ValidateNested({ each: true }) @Type(() => ThemeView) themes: ThemeView[];
  @IsOptional() @IsString() error: string | null;
  @IsISO8601() createdAt: string;
  @IsOptional() @IsISO8601() completedAt: string | null;
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
  @NoNulCharacter()
  response: string;

  @ValidateIf((o: RespondToThemeRequest) => o.status === 'not_adopted')
  @IsString({ message: 'reason is required when status is not_adopted' })
  @IsNotEmpty({ message: 'reason is required when status is not_adopted' })
  @MaxLength(10_000)
  @NoNulCharacter()
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
  @NoNulCharacter()
  whatWeHeard: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  @NoNulCharacter()
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

/** A theme as a report-back tells it: what was heard, and what the bureau did with it. */
export class ReportBackTheme {
  @IsString() theme: string;
  @IsIn(ThemeResponseStatuses) status: ThemeResponseStatus;
  @IsString() response: string;
  @IsOptional() @IsString() reason?: string | null;
}

export class ReportBackView {
  @IsUUID() id: string;
  @IsUUID() engagementId: string;
  @IsOptional() @IsUUID() synthesisId: string | null;
  @IsISO8601() publishedAt: string;
  @ValidateNested({ each: true }) @Type(() => ReportBackTheme) themes: ReportBackTheme[];
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

import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsNumber, IsOptional, IsString, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { AlertScope } from '../alerts/alert-scope.js';
import { CommentInput, CommentSources, MAX_COMMENT_BATCH, type CommentSource } from './comment.queries.js';

/** `civic.feedback.received`: one batch of comments was stored (one event per batch, not per comment). */
export class FeedbackReceivedV1 {
  @IsUUID()
  batchId: string;

  @IsString()
  bureau: string;

  @IsIn(['http', 'import', 'nats'])
  channel: 'http' | 'import' | 'nats';

  @IsInt()
  @Min(1)
  count: number;

  @IsArray()
  @IsUUID('all', { each: true })
  engagementIds: string[];

  @IsArray()
  @IsIn(CommentSources, { each: true })
  sources: CommentSource[];

  /** Languages and how many comments are in each. */
  @IsOptional()
  languages: Record<string, number>;

  @IsISO8601()
  receivedAt: string;

  @ValidateNested()
  @Type(() => AlertScope)
  scope: AlertScope;
}

/** The theme as an alert or report names it. */
export class ThemeSummary {
  @IsInt()
  @Min(0)
  key: number;

  @IsString()
  label: string;

  @IsArray()
  @IsString({ each: true })
  keyphrases: string[];

  @IsInt()
  @Min(0)
  size: number;

  @IsNumber()
  share: number;
}

/** `civic.feedback.synthesized`: a synthesis job finished. */
export class FeedbackSynthesizedV1 {
  @IsUUID()
  synthesisId: string;

  @IsInt()
  @Min(0)
  commentCount: number;

  @IsInt()
  @Min(0)
  otherCount: number;

  @ValidateNested({ each: true })
  @Type(() => ThemeSummary)
  themes: ThemeSummary[];

  @IsString()
  chosenBy: string;

  @IsISO8601()
  completedAt: string;

  @ValidateNested()
  @Type(() => AlertScope)
  scope: AlertScope;
}

export const SynthesisStages = ['queued', 'analyzing', 'clustering', 'describing', 'done', 'failed'] as const;
export type SynthesisStage = (typeof SynthesisStages)[number];

/** `civic.feedback.synthesis.progress`: a synthesis job moved on, for the live alert stream. */
export class SynthesisProgressV1 {
  @IsUUID()
  synthesisId: string;

  @IsIn(SynthesisStages)
  stage: SynthesisStage;

  @IsInt()
  @Min(0)
  @Max(100)
  percent: number;

  @ValidateNested()
  @Type(() => AlertScope)
  scope: AlertScope;
}

/** `civic.feedback.theme.emerging`: enough comments since a synthesis fit none of its themes. */
export class ThemeEmergingV1 {
  @IsUUID()
  synthesisId: string;

  @IsInt()
  @Min(1)
  unassignedCount: number;

  /** What the unassigned comments talk about. */
  @IsArray()
  @IsString({ each: true })
  keyphrases: string[];

  @IsArray()
  @IsString({ each: true })
  sampleQuotes: string[];

  @ValidateNested()
  @Type(() => AlertScope)
  scope: AlertScope;
}

/**
 * `civic.intake.feedback.<bureau>`: a bureau hands comments in over NATS with its own credentials.
 * The subject's last token is the bureau code.
 */
export class FeedbackIntakeV1 {
  @IsArray()
  @ArrayMaxSize(MAX_COMMENT_BATCH)
  @ValidateNested({ each: true })
  @Type(() => CommentInput)
  comments: CommentInput[];
}

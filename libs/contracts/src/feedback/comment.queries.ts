import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { BUREAU_CODE, BUREAU_CODE_MESSAGE, IDEMPOTENCY_KEY, IDEMPOTENCY_KEY_MESSAGE, LANGUAGE_TAG } from '../patterns.js';
import { ActorRoles } from '../scheduling/engagement.queries.js';
import { IsDemographics, NoNulCharacter } from './text-rules.js';

/** Request/reply patterns the feedback service answers (core NATS, `civic.query.<pattern>`). */
export const FeedbackQueries = {
  submitComments: 'feedback.comment.submit',
  importComments: 'feedback.comment.import',
  getComment: 'feedback.comment.get',
  createSynthesis: 'feedback.synthesis.create',
  getSynthesis: 'feedback.synthesis.get',
  synthesisReport: 'feedback.synthesis.report',
  respondToTheme: 'feedback.theme.respond',
  publishReportBack: 'feedback.reportback.publish',
  listOverdueReportBacks: 'feedback.reportback.overdue.list',
} as const;

export const CommentSources = ['listening_session', 'survey', 'email', 'online_form', 'phone', 'other'] as const;
export type CommentSource = (typeof CommentSources)[number];

export const MAX_COMMENT_LENGTH = 20_000;
export const MAX_COMMENT_BATCH = 5_000;

export class CommentPoint {
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  lat: number;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  lon: number;
}

/** One comment as a bureau hands it in. */
export class CommentInput {
  @IsString()
  @MinLength(1, { message: 'text must not be empty' })
  @MaxLength(MAX_COMMENT_LENGTH, { message: `text must be at most ${MAX_COMMENT_LENGTH} characters` })
  @Matches(/\S/, { message: 'text must not be blank' })
  @NoNulCharacter()
  text: string;

  @IsOptional()
  @IsIn(CommentSources)
  source?: CommentSource;

  @IsOptional()
  @IsUUID()
  engagementId?: string;

  /** BCP 47 tag; detected from the text when absent. */
  @IsOptional()
  @Matches(LANGUAGE_TAG, { message: 'language must be a BCP 47 tag such as en or es' })
  language?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  submittedAt?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => CommentPoint)
  location?: CommentPoint;

  /** A neighborhood's name or registry id, when no point is known. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @NoNulCharacter()
  neighborhood?: string;

  /** Kept only when `demographicsConsent` is true; readable only by coordinator and admin keys. */
  @IsOptional()
  @IsObject()
  @IsDemographics()
  demographics?: Record<string, string | number | boolean | null>;

  @IsOptional()
  @IsBoolean()
  demographicsConsent?: boolean;

  /** The bureau's own id of the comment (survey response id, row number). */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @NoNulCharacter()
  externalId?: string;
}

/** The caller's role, as the gateway authenticated it: a bureau files only under its own engagements, staff under any. */
const FILER_ROLE = { message: `role must be one of ${ActorRoles.join(', ')}` };

/** Body of `feedback.comment.submit`: one batch from one bureau. */
export class SubmitCommentsRequest {
  @Matches(BUREAU_CODE, { message: BUREAU_CODE_MESSAGE })
  bureau: string;

  @IsIn(ActorRoles, FILER_ROLE)
  role: (typeof ActorRoles)[number];

  @IsIn(['http', 'import', 'nats'])
  channel: 'http' | 'import' | 'nats';

  @IsArray()
  @ArrayMinSize(1, { message: 'comments must hold at least one comment' })
  @ArrayMaxSize(MAX_COMMENT_BATCH, { message: `comments must hold at most ${MAX_COMMENT_BATCH} comments per batch` })
  @ValidateNested({ each: true })
  @Type(() => CommentInput)
  comments: CommentInput[];

  /** The HTTP Idempotency-Key, kept per bureau: a repeat gets the first answer and stores nothing again. */
  @IsOptional()
  @Matches(IDEMPOTENCY_KEY, { message: IDEMPOTENCY_KEY_MESSAGE })
  idempotencyKey?: string;
}

/** A comment of the request, in its order; one whose externalId the bureau had already handed in is the stored one. */
export class AcceptedComment {
  @IsUUID() id: string;
  @IsString() language: string;
  @IsOptional() @IsString() neighborhood: string | null;
  @IsOptional() @IsString() councilDistrict: string | null;
  /** True when the bureau had handed in this externalId before: nothing was stored again. */
  @IsBoolean() alreadyStored: boolean;
}

export class SubmitCommentsResponse {
  /** The batch the newly stored comments carry. */
  @IsUUID() batchId: string;
  /** Comments stored by this request. */
  @IsInt() @Min(0) accepted: number;
  /** Comments whose externalId was already stored, so not stored again. */
  @IsInt() @Min(0) alreadyStored: number;
  @ValidateNested({ each: true }) @Type(() => AcceptedComment) comments: AcceptedComment[];
}

/** Which CSV column holds which field; only `text` is required. */
export class CommentColumnMapping {
  @IsString()
  @MinLength(1)
  text: string;

  @IsOptional() @IsString() source?: string;
  @IsOptional() @IsString() engagementId?: string;
  @IsOptional() @IsString() language?: string;
  @IsOptional() @IsString() submittedAt?: string;
  @IsOptional() @IsString() lat?: string;
  @IsOptional() @IsString() lon?: string;
  @IsOptional() @IsString() neighborhood?: string;
  @IsOptional() @IsString() externalId?: string;
}

/** Body of `feedback.comment.import`: a UTF-8 CSV, how to read it, and values for every row. */
export class ImportCommentsRequest {
  @Matches(BUREAU_CODE, { message: BUREAU_CODE_MESSAGE })
  bureau: string;

  @IsIn(ActorRoles, FILER_ROLE)
  role: (typeof ActorRoles)[number];

  @IsString()
  csv: string;

  @ValidateNested()
  @Type(() => CommentColumnMapping)
  mapping: CommentColumnMapping;

  @IsOptional()
  @IsIn(CommentSources)
  source?: CommentSource;

  @IsOptional()
  @IsUUID()
  engagementId?: string;

  @IsBoolean()
  dryRun: boolean;

  /** As for `feedback.comment.submit`; a dry run stores nothing, so it neither uses nor keeps one. */
  @IsOptional()
  @Matches(IDEMPOTENCY_KEY, { message: IDEMPOTENCY_KEY_MESSAGE })
  idempotencyKey?: string;
}

export class ImportRowProblem {
  /** 1-based data row (the header is row 0). */
  @IsInt() @Min(1) row: number;
  @IsString({ each: true }) problems: string[];
}

export class ImportedBefore {
  @IsInt() @Min(1) row: number;
  @IsString() externalId: string;
  /** The stored comment. */
  @IsUUID() id: string;
}

/** A row of a dry run as it would be stored. */
export class ImportPreviewRow {
  @IsInt() @Min(1) row: number;
  /** Redacted. */
  @IsString() text: string;
  @IsString() language: string;
  @IsIn(CommentSources) source: string;
  @IsBoolean() alreadyStored: boolean;
}

export class ImportCommentsResponse {
  @IsBoolean() dryRun: boolean;
  @IsInt() @Min(0) rows: number;
  /** Rows that would be (or were) imported. */
  @IsInt() @Min(0) valid: number;
  @ValidateNested({ each: true }) @Type(() => ImportRowProblem) problems: ImportRowProblem[];
  /** On a dry run, the comments as they would be stored (redacted text, detected language), and whether their externalId is already stored. */
  @IsOptional() @ValidateNested({ each: true }) @Type(() => ImportPreviewRow) preview?: ImportPreviewRow[];
  @IsOptional() @IsUUID() batchId?: string;
  /** Rows stored by this import. */
  @IsOptional() @IsInt() @Min(0) imported?: number;
  /** Rows whose externalId the bureau had already handed in: not stored again. */
  @IsOptional() @ValidateNested({ each: true }) @Type(() => ImportedBefore) alreadyStored?: ImportedBefore[];
}

/** Body of `feedback.comment.get`; the caller's role decides whether original text and demographics are included. */
export class GetCommentRequest {
  @IsUUID()
  id: string;

  @IsBoolean()
  includePersonalData: boolean;

  /** Set for a bureau key: only that bureau's comments are visible. */
  @IsOptional()
  @Matches(BUREAU_CODE)
  bureau?: string;
}

export class CommentRecord {
  @IsUUID() id: string;
  @IsString() bureau: string;
  @IsOptional() @IsUUID() engagementId: string | null;
  @IsIn(CommentSources) source: CommentSource;
  /** With emails, phone numbers and street addresses redacted. */
  @IsString() text: string;
  @IsString() language: string;
  @IsBoolean() languageDetected: boolean;
  @IsISO8601() submittedAt: string;
  @IsOptional() @IsString() neighborhood: string | null;
  @IsOptional() @IsString() councilDistrict: string | null;
  @IsUUID() batchId: string;
  /** Only for coordinator and admin keys. */
  @IsOptional() @IsString() originalText?: string;
  /** Only for coordinator and admin keys. */
  @IsOptional() @IsObject() demographics?: Record<string, unknown> | null;
}

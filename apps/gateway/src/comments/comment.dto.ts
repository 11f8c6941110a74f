import { PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBooleanString, IsObject, IsOptional, IsString, IsUUID, Matches, MinLength, ValidateNested } from 'class-validator';
import { BUREAU_CODE, BUREAU_CODE_MESSAGE, CommentInput, ImportCommentsRequest, MAX_COMMENT_BATCH } from '#libs/contracts';

/** `POST /v1/comments`: one comment; coordinator and admin keys name the bureau, a bureau key speaks for its own. */
export class SubmitCommentBody extends CommentInput {
  @IsOptional()
  @Matches(BUREAU_CODE, { message: BUREAU_CODE_MESSAGE })
  bureau?: string;
}

/** `POST /v1/comments:batch`. */
export class SubmitBatchBody {
  @IsOptional()
  @Matches(BUREAU_CODE, { message: BUREAU_CODE_MESSAGE })
  bureau?: string;

  @IsArray()
  @ArrayMinSize(1, { message: 'comments must hold at least one comment' })
  @ArrayMaxSize(MAX_COMMENT_BATCH, { message: `comments must hold at most ${MAX_COMMENT_BATCH} comments per batch` })
  @IsObject({ each: true, message: 'each of comments must be a comment object' })
  @ValidateNested({ each: true })
  @Type(() => CommentInput)
  comments: CommentInput[];
}

/** Query of `POST /v1/comments:import` (the body is the CSV file): the column mapping and values for every row. */
export class ImportCommentsQuery extends PickType(ImportCommentsRequest, ['source', 'engagementId'] as const) {
  @IsOptional()
  @Matches(BUREAU_CODE, { message: BUREAU_CODE_MESSAGE })
  bureau?: string;

  @IsOptional()
  @IsBooleanString({ message: 'dryRun must be true or false' })
  dryRun?: string;

  /** The column holding the comment text (required). */
  @IsString()
  @MinLength(1, { message: 'textColumn must name the CSV column holding the comment text' })
  textColumn: string;

  @IsOptional() @IsString() sourceColumn?: string;
  @IsOptional() @IsString() engagementIdColumn?: string;
  @IsOptional() @IsString() languageColumn?: string;
  @IsOptional() @IsString() submittedAtColumn?: string;
  @IsOptional() @IsString() latColumn?: string;
  @IsOptional() @IsString() lonColumn?: string;
  @IsOptional() @IsString() neighborhoodColumn?: string;
  @IsOptional() @IsString() externalIdColumn?: string;
}

export class CommentIdParams {
  @IsUUID()
  id: string;
}

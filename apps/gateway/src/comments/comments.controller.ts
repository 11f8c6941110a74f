import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, seesPersonalData, type Principal } from '#libs/auth';
import { CommentRecord, ImportCommentsResponse, SubmitCommentsResponse } from '#libs/contracts';
import { contractSchema } from '../openapi/contract-schema.js';
import { API_KEY_HEADER_SCHEME, BEARER_SCHEME, ProblemResponses } from '../openapi/openapi.js';
import { AcceptsIdempotencyKey } from '../problems/retry-safety.js';
import { bureauOf } from './bureau-of.js';
import { CommentIdParams, ImportCommentsQuery, SubmitBatchBody, SubmitCommentBody } from './comment.dto.js';
import { CommentsService } from './comments.service.js';
import { BodyLimit } from '../request-body/request-body.interceptor.js';
import { csvText } from '../uploads/uploaded-text.js';

@ApiTags('comments')
@ApiBearerAuth(BEARER_SCHEME)
@ApiSecurity(API_KEY_HEADER_SCHEME)
@ProblemResponses(401, 503)
@Controller('v1')
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Post('comments')
  @ApiOperation({ summary: 'Hand in one comment; its language is detected when not given' })
  @AcceptsIdempotencyKey()
  @ApiBody({
    schema: contractSchema(SubmitCommentBody),
    examples: { comment: { summary: 'A comment from a listening session', value: { text: 'A crossing signal at Lombard and Denver would let my kids walk to school.', source: 'listening_session', neighborhood: 'Kenton' } } },
  })
  @ApiCreatedResponse({ schema: contractSchema(SubmitCommentsResponse) })
  @ProblemResponses(400, 403, 422)
  submit(@CurrentPrincipal() principal: Principal, @Body() body: SubmitCommentBody, @Headers('idempotency-key') key: string | undefined): Promise<SubmitCommentsResponse> {
    const { bureau, ...comment } = body;
    return this.comments.submitOne(principal, bureauOf(principal, bureau), comment, key);
  }

  @Post('comments\\:batch')
  // 5,000 comments of up to 20,000 characters; the gateway hands them to feedback in parts.
  @BodyLimit(120_000_000)
  @ApiOperation({ summary: 'Hand in up to 5,000 comments at once: all are stored, or none when any is invalid' })
  @AcceptsIdempotencyKey()
  @ApiBody({
    schema: contractSchema(SubmitBatchBody),
    examples: {
      survey: {
        summary: 'Survey answers, each with the bureau’s own id so a re-send stores nothing twice',
        value: { comments: [{ text: 'Trucks speed on Lombard at night.', source: 'survey', externalId: 'survey-2027-0001' }, { text: 'More buses on Denver, please.', source: 'survey', externalId: 'survey-2027-0002' }] },
      },
    },
  })
  @ApiCreatedResponse({ schema: contractSchema(SubmitCommentsResponse) })
  @ProblemResponses(400, 403, 422)
  batch(@CurrentPrincipal() principal: Principal, @Body() body: SubmitBatchBody, @Headers('idempotency-key') key: string | undefined): Promise<SubmitCommentsResponse> {
    return this.comments.submit(principal, bureauOf(principal, body.bureau), body.comments, key);
  }

  @Post('comments\\:import')
  @BodyLimit(50_000_000)
  @HttpCode(200)
  @ApiOperation({ summary: 'Import a UTF-8 CSV with a header row, mapping columns to fields; dryRun=true reports every row’s problems and imports nothing' })
  @ApiConsumes('text/csv')
  @AcceptsIdempotencyKey()
  @ApiOkResponse({ schema: contractSchema(ImportCommentsResponse) })
  @ProblemResponses(400, 403, 422)
  import(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ImportCommentsQuery,
    @Body() body: unknown,
    @Headers('idempotency-key') key: string | undefined,
  ): Promise<ImportCommentsResponse> {
    return this.comments.import({
      bureau: bureauOf(principal, query.bureau),
      role: principal.role,
      csv: csvText(body),
      dryRun: query.dryRun === 'true',
      idempotencyKey: key,
      source: query.source,
      engagementId: query.engagementId,
      mapping: {
        text: query.textColumn,
        source: query.sourceColumn,
        engagementId: query.engagementIdColumn,
        language: query.languageColumn,
        submittedAt: query.submittedAtColumn,
        lat: query.latColumn,
        lon: query.lonColumn,
        neighborhood: query.neighborhoodColumn,
        externalId: query.externalIdColumn,
      },
    });
  }

  @Get('comments/:id')
  @ApiOperation({ summary: 'A comment, redacted; coordinator and admin keys also see the original text and consented demographics' })
  @ApiOkResponse({ schema: contractSchema(CommentRecord) })
  @ProblemResponses(400, 404)
  get(@CurrentPrincipal() principal: Principal, @Param() params: CommentIdParams): Promise<CommentRecord> {
    return this.comments.get(params.id, seesPersonalData(principal.role), principal.role === 'bureau' ? principal.bureauCode : null);
  }
}

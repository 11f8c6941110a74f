import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, type Principal } from '#libs/auth';
import {
  AccessibilityFeatures,
  BatchResult,
  CancelReason,
  EngagementCheck,
  EngagementHistory,
  EngagementBatch,
  EngagementChanges,
  EngagementId,
  EngagementInput,
  EngagementKinds,
  EngagementListQuery,
  EngagementPage,
  EngagementStatuses,
  EngagementView,
  HeldReport,
  MAX_ENGAGEMENT_BATCH,
  MAX_PERIOD_PAGE_SIZE,
  SlotSuggestions,
  SuggestionQuery,
} from '#libs/contracts';
import { contractSchema } from '../openapi/contract-schema.js';
import { ENGAGEMENT_BATCH_EXAMPLES, ENGAGEMENT_EXAMPLES } from './engagement.examples.js';
import { API_KEY_HEADER_SCHEME, BEARER_SCHEME, ProblemResponses } from '../openapi/openapi.js';
import { etagOf, versionFromIfMatch } from '../organizations/if-match.js';
import { AcceptsIdempotencyKey } from '../problems/retry-safety.js';
import { BodyLimit } from '../request-body/request-body.interceptor.js';
import { EngagementsService } from './engagements.service.js';

const IF_MATCH_REQUIRED = { name: 'If-Match', required: true, description: 'The ETag (version) of the engagement as read; 412 when it has changed since' };
const IF_MATCH_OPTIONAL = { ...IF_MATCH_REQUIRED, required: false };

/** The version in an optional If-Match header. */
function optionalVersion(header: string | undefined): number | undefined {
  return header === undefined || header.trim() === '' ? undefined : versionFromIfMatch(header, 'engagement');
}

function tagged(res: Response, view: EngagementView): EngagementView {
  res.setHeader('ETag', etagOf(view.version));
  return view;
}

/** `POST /v1/engagements:batch` sits beside `/v1/engagements/{id}`, as a custom method of the collection. */
@ApiTags('engagements')
@ApiBearerAuth(BEARER_SCHEME)
@ApiSecurity(API_KEY_HEADER_SCHEME)
@ProblemResponses(401, 503)
@Controller('v1')
export class EngagementBatchController {
  constructor(private readonly engagements: EngagementsService) {}

  @Post('engagements\\:batch')
  // 500 engagements, each with up to 5,000 characters of description and its audience lists.
  @BodyLimit(20_000_000)
  @HttpCode(200)
  @ApiOperation({ summary: `Publish up to ${MAX_ENGAGEMENT_BATCH} engagements at once; each succeeds or fails on its own` })
  @AcceptsIdempotencyKey()
  @ApiBody({ schema: contractSchema(EngagementBatch), examples: ENGAGEMENT_BATCH_EXAMPLES })
  @ApiOkResponse({ schema: contractSchema(BatchResult), description: 'Per-item results: 201 created, 200 already published, 4xx refused' })
  @ProblemResponses(400, 422)
  batch(@CurrentPrincipal() principal: Principal, @Body() body: EngagementBatch, @Headers('idempotency-key') key: string | undefined): Promise<BatchResult> {
    return this.engagements.batch(principal, body.items, key);
  }

  @Post('engagements\\:check')
  @HttpCode(200)
  @ApiOperation({
    summary: 'What publishing an engagement now would raise (conflicts, fatigue alerts) and conflict-free start times nearby; decided as a publish decides, storing nothing',
  })
  @ApiBody({ schema: contractSchema(EngagementInput), examples: ENGAGEMENT_EXAMPLES })
  @ApiOkResponse({ schema: contractSchema(EngagementCheck) })
  @ProblemResponses(400, 403, 422)
  check(@CurrentPrincipal() principal: Principal, @Body() body: EngagementInput): Promise<EngagementCheck> {
    return this.engagements.check(principal, body);
  }
}

@ApiTags('engagements')
@ApiBearerAuth(BEARER_SCHEME)
@ApiSecurity(API_KEY_HEADER_SCHEME)
@ProblemResponses(401, 503)
@Controller('v1/engagements')
export class EngagementsController {
  constructor(private readonly engagements: EngagementsService) {}

  @Post()
  @ApiOperation({ summary: 'Publish an engagement (a bureau key for its own bureau, a coordinator for any)' })
  @AcceptsIdempotencyKey()
  @ApiBody({ schema: contractSchema(EngagementInput), examples: ENGAGEMENT_EXAMPLES })
  @ApiCreatedResponse({ schema: contractSchema(EngagementView) })
  @ApiOkResponse({ schema: contractSchema(EngagementView), description: 'Already published with this externalId: nothing changed' })
  @ProblemResponses(400, 403, 422)
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: EngagementInput,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<EngagementView> {
    const result = await this.engagements.create(principal, body, key);
    res.status(result.created ? 201 : 200);
    return tagged(res, result.engagement);
  }

  @Get()
  @ApiOperation({ summary: 'Engagements in start order, filtered, a page at a time' })
  @ApiQuery({ name: 'bureau', required: false, example: 'PBOT' })
  @ApiQuery({ name: 'district', required: false, example: '2' })
  @ApiQuery({ name: 'neighborhood', required: false, description: 'A neighborhood association: slug or id', example: 'kenton' })
  @ApiQuery({ name: 'organization', required: false, description: 'An organization in the audience, or a neighborhood association it is in (a district coalition: any of its associations): slug or id' })
  @ApiQuery({ name: 'status', required: false, enum: EngagementStatuses })
  @ApiQuery({ name: 'kind', required: false, enum: EngagementKinds })
  @ApiQuery({ name: 'language', required: false, description: 'Offered in this language (BCP 47; `zh` finds `zh-Hant` too)', example: 'es' })
  @ApiQuery({ name: 'accessibility', required: false, enum: AccessibilityFeatures, description: 'Offering this' })
  @ApiQuery({ name: 'q', required: false, description: 'Words in the title, description or address, ignoring case', example: 'Lombard' })
  @ApiQuery({ name: 'from', required: false, description: 'Engagements ending after this instant', example: '2026-12-01T00:00:00-08:00' })
  @ApiQuery({ name: 'to', required: false, description: 'Engagements starting before this instant', example: '2027-01-01T00:00:00-08:00' })
  @ApiQuery({ name: 'limit', required: false, description: `1-${MAX_PERIOD_PAGE_SIZE}, default 50` })
  @ApiQuery({ name: 'cursor', required: false, description: 'The previous page’s nextCursor' })
  @ApiOkResponse({ schema: contractSchema(EngagementPage) })
  @ProblemResponses(400)
  list(@CurrentPrincipal() principal: Principal, @Query() query: EngagementListQuery): Promise<EngagementPage> {
    return this.engagements.list(principal, query);
  }

  /** Declared before `:id`, which would otherwise take the word `suggestions` for an id. */
  @Get('suggestions')
  @ApiOperation({ summary: 'The best start times for an audience in a period: no conflict, no fatigue, least-asked first' })
  @ApiQuery({ name: 'audience', description: 'Organization slugs or ids, separated by commas', example: 'kenton,arbor-lodge' })
  @ApiQuery({ name: 'from', example: '2027-03-01T00:00:00-08:00' })
  @ApiQuery({ name: 'to', example: '2027-03-15T00:00:00-07:00' })
  @ApiQuery({ name: 'duration', description: 'Minutes', example: 90 })
  @ApiQuery({ name: 'bureau', required: false, description: 'The hosting bureau; a bureau key’s own by default' })
  @ApiQuery({ name: 'limit', required: false, description: '1-50, default 5' })
  @ApiOkResponse({ schema: contractSchema(SlotSuggestions) })
  @ProblemResponses(400)
  suggestions(@CurrentPrincipal() principal: Principal, @Query() query: SuggestionQuery): Promise<SlotSuggestions> {
    return this.engagements.suggest(principal, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'An engagement; its contact person only for coordinators and admins' })
  @ApiParam({ name: 'id' })
  @ApiOkResponse({ schema: contractSchema(EngagementView), headers: { ETag: { description: 'The version, for If-Match', schema: { type: 'string' } } } })
  @ProblemResponses(400, 404)
  async get(@CurrentPrincipal() principal: Principal, @Param() params: EngagementId, @Res({ passthrough: true }) res: Response): Promise<EngagementView> {
    return tagged(res, await this.engagements.get(principal, params.id));
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Every status the engagement has had, oldest first, with when and (for a cancellation) why' })
  @ApiParam({ name: 'id' })
  @ApiOkResponse({ schema: contractSchema(EngagementHistory) })
  @ProblemResponses(400, 404)
  history(@CurrentPrincipal() principal: Principal, @Param() params: EngagementId): Promise<EngagementHistory> {
    return this.engagements.history(principal, params.id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change an engagement based on the version read; `status` moves it to scheduled, postponed or closed' })
  @ApiParam({ name: 'id' })
  @ApiHeader(IF_MATCH_REQUIRED)
  @AcceptsIdempotencyKey()
  @ApiBody({ schema: contractSchema(EngagementChanges) })
  @ApiOkResponse({ schema: contractSchema(EngagementView) })
  @ProblemResponses(400, 403, 404, 409, 412, 422, 428)
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param() params: EngagementId,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Body() changes: EngagementChanges,
    @Res({ passthrough: true }) res: Response,
  ): Promise<EngagementView> {
    return tagged(res, await this.engagements.update(principal, params.id, versionFromIfMatch(ifMatch, 'engagement'), changes, key));
  }

  @Post(':id/check')
  @HttpCode(200)
  @ApiOperation({ summary: 'What this change (a PATCH body) would raise now: conflicts, fatigue alerts and conflict-free start times nearby; decided as the PATCH decides, storing nothing' })
  @ApiParam({ name: 'id' })
  @ApiHeader(IF_MATCH_REQUIRED)
  @ApiBody({ schema: contractSchema(EngagementChanges) })
  @ApiOkResponse({ schema: contractSchema(EngagementCheck) })
  @ProblemResponses(400, 403, 404, 409, 412, 422, 428)
  checkChange(
    @CurrentPrincipal() principal: Principal,
    @Param() params: EngagementId,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() changes: EngagementChanges,
  ): Promise<EngagementCheck> {
    return this.engagements.checkChange(principal, params.id, versionFromIfMatch(ifMatch, 'engagement'), changes);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a draft or scheduled engagement' })
  @ApiParam({ name: 'id' })
  @ApiHeader(IF_MATCH_OPTIONAL)
  @AcceptsIdempotencyKey()
  @ApiBody({ schema: contractSchema(CancelReason), required: false })
  @ApiOkResponse({ schema: contractSchema(EngagementView) })
  @ProblemResponses(400, 403, 404, 409, 412, 422)
  async cancel(
    @CurrentPrincipal() principal: Principal,
    @Param() params: EngagementId,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Body() body: CancelReason,
    @Res({ passthrough: true }) res: Response,
  ): Promise<EngagementView> {
    return tagged(res, await this.engagements.cancel(principal, params.id, optionalVersion(ifMatch), body.reason, key));
  }

  @Post(':id/held')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark a scheduled engagement held, with its actual attendance' })
  @ApiParam({ name: 'id' })
  @ApiHeader(IF_MATCH_OPTIONAL)
  @AcceptsIdempotencyKey()
  @ApiBody({ schema: contractSchema(HeldReport) })
  @ApiOkResponse({ schema: contractSchema(EngagementView) })
  @ProblemResponses(400, 403, 404, 409, 412, 422)
  async held(
    @CurrentPrincipal() principal: Principal,
    @Param() params: EngagementId,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Body() body: HeldReport,
    @Res({ passthrough: true }) res: Response,
  ): Promise<EngagementView> {
    return tagged(res, await this.engagements.hold(principal, params.id, optionalVersion(ifMatch), body.actualAttendance, key));
  }
}

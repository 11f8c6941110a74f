import { applyDecorators, Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  ConflictIdParams,
  ConflictListQuery,
  ConflictPage,
  ConflictSeverities,
  ConflictStates,
  ConflictView,
  FatigueIdParams,
  FatigueListQuery,
  FatiguePage,
  FatigueView,
  MAX_PERIOD_PAGE_SIZE,
  TriageFilters,
} from '#libs/contracts';
import { contractSchema } from '../openapi/contract-schema.js';
import { API_KEY_HEADER_SCHEME, BEARER_SCHEME, ProblemResponses } from '../openapi/openapi.js';
import { CoordinationService } from './coordination.service.js';
import { ETAG_HEADER, tagged, triageController } from './triage.controller.js';

const PAGE = `1-${MAX_PERIOD_PAGE_SIZE}, default 50`;

/** The filters both inboxes share. */
const TriageQueries = () =>
  applyDecorators(
    ApiQuery({ name: 'triage', required: false, enum: TriageFilters, description: 'Where staff stand with it; without it, everything not resolved' }),
    ApiQuery({ name: 'assignee', required: false, description: 'The staff id (key id) it is assigned to' }),
    ApiQuery({ name: 'q', required: false, description: 'Words in an engagement’s title, the reasons or community’s name, or the resolution note, ignoring case', example: 'Kenton' }),
  );

/** What coordination found between bureaus, for staff to work through; every key may read it, as engagements are public, and staff triage it. */
@ApiTags('coordination')
@ApiBearerAuth(BEARER_SCHEME)
@ApiSecurity(API_KEY_HEADER_SCHEME)
@ProblemResponses(401, 503)
@Controller('v1')
export class CoordinationController {
  constructor(private readonly coordination: CoordinationService) {}

  @Get('conflicts')
  @ApiOperation({ summary: 'Conflicts between engagements, soonest first, with both engagements as they stand now' })
  @ApiQuery({ name: 'status', required: false, enum: ConflictStates, description: 'Whether they still clash: open (default), resolved (one moved or was cancelled) or all' })
  @ApiQuery({ name: 'severity', required: false, enum: ConflictSeverities })
  @ApiQuery({ name: 'bureau', required: false, description: 'Either engagement’s bureau', example: 'PBOT' })
  @ApiQuery({ name: 'district', required: false, description: 'A council district either engagement is in or for', example: '2' })
  @ApiQuery({ name: 'from', required: false, description: 'Pairs still going on after this instant', example: '2026-12-01T00:00:00-08:00' })
  @ApiQuery({ name: 'to', required: false, description: 'Pairs starting before this instant', example: '2027-01-01T00:00:00-08:00' })
  @TriageQueries()
  @ApiQuery({ name: 'limit', required: false, description: PAGE })
  @ApiQuery({ name: 'cursor', required: false, description: 'The previous page’s nextCursor' })
  @ApiOkResponse({ schema: contractSchema(ConflictPage) })
  @ProblemResponses(400)
  conflicts(@Query() query: ConflictListQuery): Promise<ConflictPage> {
    return this.coordination.conflicts(query);
  }

  @Get('conflicts/:id')
  @ApiOperation({ summary: 'One conflict, open or resolved, with its triage' })
  @ApiParam({ name: 'id' })
  @ApiOkResponse({ schema: contractSchema(ConflictView), headers: ETAG_HEADER })
  @ProblemResponses(400, 404)
  async conflict(@Param() params: ConflictIdParams, @Res({ passthrough: true }) res: Response): Promise<ConflictView> {
    return tagged(res, await this.coordination.conflict(params.id));
  }

  @Get('fatigue')
  @ApiOperation({
    summary: 'Communities found asked too often: one alert per community and window, by the start of the first engagement that tipped it, with that window’s engagements as they stand now',
  })
  @ApiQuery({ name: 'organization', required: false, description: 'The community: slug or id (a district coalition: any of its associations)', example: 'kenton' })
  @ApiQuery({ name: 'bureau', required: false, description: 'The bureau of an engagement that tipped it', example: 'PBOT' })
  @ApiQuery({ name: 'from', required: false, description: 'Tipped by an engagement ending after this instant' })
  @ApiQuery({ name: 'to', required: false, description: 'Tipped by an engagement starting before this instant' })
  @TriageQueries()
  @ApiQuery({ name: 'limit', required: false, description: PAGE })
  @ApiQuery({ name: 'cursor', required: false, description: 'The previous page’s nextCursor' })
  @ApiOkResponse({ schema: contractSchema(FatiguePage) })
  @ProblemResponses(400)
  fatigue(@Query() query: FatigueListQuery): Promise<FatiguePage> {
    return this.coordination.fatigue(query);
  }

  @Get('fatigue/:id')
  @ApiOperation({ summary: 'One fatigue alert (a community in one window), with its triage' })
  @ApiParam({ name: 'id' })
  @ApiOkResponse({ schema: contractSchema(FatigueView), headers: ETAG_HEADER })
  @ProblemResponses(400, 404)
  async fatigueAlert(@Param() params: FatigueIdParams, @Res({ passthrough: true }) res: Response): Promise<FatigueView> {
    return tagged(res, await this.coordination.fatigueAlert(params.id));
  }
}

/** The triage routes under `/v1/conflicts/{id}/…`. */
export const ConflictTriageController = triageController({
  path: 'conflicts',
  noun: 'conflict',
  view: ConflictView,
  triage: (c, ...step) => c.triageConflict(...step),
  history: (c, id) => c.conflictHistory(id),
});

/** The triage routes under `/v1/fatigue/{id}/…`. */
export const FatigueTriageController = triageController({
  path: 'fatigue',
  noun: 'fatigue alert',
  view: FatigueView,
  triage: (c, ...step) => c.triageFatigue(...step),
  history: (c, id) => c.fatigueHistory(id),
});

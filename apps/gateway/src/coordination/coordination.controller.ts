import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import {
  ConflictIdParams,
  ConflictListQuery,
  ConflictPage,
  ConflictSeverities,
  ConflictStates,
  ConflictView,
  FatigueListQuery,
  FatiguePage,
  MAX_PERIOD_PAGE_SIZE,
} from '#libs/contracts';
import { contractSchema } from '../openapi/contract-schema.js';
import { API_KEY_HEADER_SCHEME, BEARER_SCHEME, ProblemResponses } from '../openapi/openapi.js';
import { CoordinationService } from './coordination.service.js';

const PAGE = `1-${MAX_PERIOD_PAGE_SIZE}, default 50`;

/** What coordination found between bureaus, for staff to work through; every key may read it, as engagements are public. */
@ApiTags('coordination')
@ApiBearerAuth(BEARER_SCHEME)
@ApiSecurity(API_KEY_HEADER_SCHEME)
@ProblemResponses(401, 503)
@Controller('v1')
export class CoordinationController {
  constructor(private readonly coordination: CoordinationService) {}

  @Get('conflicts')
  @ApiOperation({ summary: 'Conflicts between engagements, soonest first, with both engagements as they stand now' })
  @ApiQuery({ name: 'status', required: false, enum: ConflictStates, description: 'open (default), resolved or all' })
  @ApiQuery({ name: 'severity', required: false, enum: ConflictSeverities })
  @ApiQuery({ name: 'bureau', required: false, description: 'Either engagement’s bureau', example: 'PBOT' })
  @ApiQuery({ name: 'district', required: false, description: 'A council district either engagement is in or for', example: '2' })
  @ApiQuery({ name: 'from', required: false, description: 'Pairs still going on after this instant', example: '2026-12-01T00:00:00-08:00' })
  @ApiQuery({ name: 'to', required: false, description: 'Pairs starting before this instant', example: '2027-01-01T00:00:00-08:00' })
  @ApiQuery({ name: 'limit', required: false, description: PAGE })
  @ApiQuery({ name: 'cursor', required: false, description: 'The previous page’s nextCursor' })
  @ApiOkResponse({ schema: contractSchema(ConflictPage) })
  @ProblemResponses(400)
  conflicts(@Query() query: ConflictListQuery): Promise<ConflictPage> {
    return this.coordination.conflicts(query);
  }

  @Get('conflicts/:id')
  @ApiOperation({ summary: 'One conflict, open or resolved' })
  @ApiParam({ name: 'id' })
  @ApiOkResponse({ schema: contractSchema(ConflictView) })
  @ProblemResponses(400, 404)
  conflict(@Param() params: ConflictIdParams): Promise<ConflictView> {
    return this.coordination.conflict(params.id);
  }

  @Get('fatigue')
  @ApiOperation({ summary: 'Communities found asked too often, by the start of the engagement that tipped them, with that window’s engagements as they stand now' })
  @ApiQuery({ name: 'organization', required: false, description: 'The community: slug or id (a district coalition: any of its associations)', example: 'kenton' })
  @ApiQuery({ name: 'bureau', required: false, description: 'The bureau of the engagement that raised the alert', example: 'PBOT' })
  @ApiQuery({ name: 'from', required: false, description: 'Raised by engagements ending after this instant' })
  @ApiQuery({ name: 'to', required: false, description: 'Raised by engagements starting before this instant' })
  @ApiQuery({ name: 'limit', required: false, description: PAGE })
  @ApiQuery({ name: 'cursor', required: false, description: 'The previous page’s nextCursor' })
  @ApiOkResponse({ schema: contractSchema(FatiguePage) })
  @ProblemResponses(400)
  fatigue(@Query() query: FatigueListQuery): Promise<FatiguePage> {
    return this.coordination.fatigue(query);
  }
}

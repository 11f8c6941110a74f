import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '#libs/auth';
import { MAX_PERIOD_PAGE_SIZE, OverdueReportBackPage, OverdueReportBackQuery, ReportBackView } from '#libs/contracts';
import { contractSchema } from '../openapi/contract-schema.js';
import { API_KEY_HEADER_SCHEME, BEARER_SCHEME, ProblemResponses } from '../openapi/openapi.js';
import { EngagementIdParams, ReportBackBody } from './report-back.dto.js';
import { ReportBacksService } from './report-backs.service.js';

@ApiTags('report-backs')
@ApiBearerAuth(BEARER_SCHEME)
@ApiSecurity(API_KEY_HEADER_SCHEME)
@ProblemResponses(401, 503)
@Controller('v1')
export class ReportBacksController {
  constructor(private readonly reportBacks: ReportBacksService) {}

  @Get('report-backs/overdue')
  @ApiOperation({ summary: 'Engagements held longer ago than the report-back deadline (45 days by default) without one, held longest ago first' })
  @ApiQuery({ name: 'bureau', required: false, example: 'PBOT' })
  @ApiQuery({ name: 'from', required: false, description: 'Held at or after this instant' })
  @ApiQuery({ name: 'to', required: false, description: 'Held before this instant' })
  @ApiQuery({ name: 'limit', required: false, description: `1-${MAX_PERIOD_PAGE_SIZE}, default 50` })
  @ApiQuery({ name: 'cursor', required: false, description: 'The previous page’s nextCursor' })
  @ApiOkResponse({ schema: contractSchema(OverdueReportBackPage) })
  @ProblemResponses(400)
  overdue(@Query() query: OverdueReportBackQuery): Promise<OverdueReportBackPage> {
    return this.reportBacks.overdue(query);
  }

  @Post('engagements/:id/report-back')
  @ApiOperation({ summary: 'Publish what we heard and what we did for a held engagement; its audience is told' })
  @ApiBody({ schema: contractSchema(ReportBackBody) })
  @ApiCreatedResponse({ description: 'The report-back as published', schema: contractSchema(ReportBackView) })
  @ProblemResponses(400, 404, 409)
  publish(@CurrentPrincipal() principal: Principal, @Param() params: EngagementIdParams, @Body() body: ReportBackBody): Promise<ReportBackView> {
    return this.reportBacks.publish(params.id, body, principal.role === 'bureau' ? principal.bureauCode : null);
  }
}

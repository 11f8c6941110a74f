import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '#libs/auth';
import type { ReportBackView } from '#libs/contracts';
import { contractSchema } from '../openapi/contract-schema.js';
import { API_KEY_HEADER_SCHEME, BEARER_SCHEME, ProblemResponses } from '../openapi/openapi.js';
import { EngagementIdParams, ReportBackBody } from './report-back.dto.js';
import { ReportBacksService } from './report-backs.service.js';

@ApiTags('report-backs')
@ApiBearerAuth(BEARER_SCHEME)
@ApiSecurity(API_KEY_HEADER_SCHEME)
@ProblemResponses(401, 503)
@Controller('v1/engagements')
export class ReportBacksController {
  constructor(private readonly reportBacks: ReportBacksService) {}

  @Post(':id/report-back')
  @ApiOperation({ summary: 'Publish what we heard and what we did for a held engagement; its audience is told' })
  @ApiBody({ schema: contractSchema(ReportBackBody) })
  @ApiCreatedResponse({ description: 'The report-back as published' })
  @ProblemResponses(400, 404, 409)
  publish(@CurrentPrincipal() principal: Principal, @Param() params: EngagementIdParams, @Body() body: ReportBackBody): Promise<ReportBackView> {
    return this.reportBacks.publish(params.id, body, principal.role === 'bureau' ? principal.bureauCode : null);
  }
}

import { Body, Controller, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Roles, type Principal } from '#libs/auth';
import { SynthesisAccepted, SynthesisView, type RenderedReport } from '#libs/contracts';
import { contractSchema } from '../openapi/contract-schema.js';
import { API_KEY_HEADER_SCHEME, BEARER_SCHEME, ProblemResponses, TextResponse } from '../openapi/openapi.js';
import { REPORT_SECURITY_POLICY } from '../security-headers.js';
import { CreateSynthesisBody, SynthesisIdParams, ThemeParams, ThemeResponseBody } from './synthesis.dto.js';
import { SynthesesService } from './syntheses.service.js';

const ownBureau = (principal: Principal) => (principal.role === 'bureau' ? principal.bureauCode : null);

@ApiTags('syntheses')
@ApiBearerAuth(BEARER_SCHEME)
@ApiSecurity(API_KEY_HEADER_SCHEME)
@ProblemResponses(401, 503)
@Controller('v1/syntheses')
export class SynthesesController {
  constructor(private readonly syntheses: SynthesesService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Start a synthesis of the comments in a scope (themes found automatically, or staff-given themes); poll GET for the result' })
  @ApiBody({ schema: contractSchema(CreateSynthesisBody) })
  @ApiAcceptedResponse({ description: 'The job id and its status', schema: contractSchema(SynthesisAccepted), headers: { Location: { description: 'Where to poll', schema: { type: 'string' } } } })
  @ProblemResponses(400, 403)
  async create(@CurrentPrincipal() principal: Principal, @Body() body: CreateSynthesisBody, @Res({ passthrough: true }) res: Response): Promise<SynthesisAccepted> {
    const accepted = await this.syntheses.create(body, ownBureau(principal));
    res.setHeader('Location', `/v1/syntheses/${accepted.id}`);
    return accepted;
  }

  @Get(':id')
  @ApiOperation({ summary: 'A synthesis: its progress, and once done its themes with keyphrases, quotes, sentiment, places and responses' })
  @ApiOkResponse({ schema: contractSchema(SynthesisView) })
  @ProblemResponses(400, 404)
  get(@CurrentPrincipal() principal: Principal, @Param() params: SynthesisIdParams): Promise<SynthesisView> {
    return this.syntheses.get(params.id, ownBureau(principal));
  }

  @Get(':id/report')
  @ApiOperation({ summary: 'What we heard and what the bureau answered, as JSON' })
  @ApiOkResponse({ schema: contractSchema(SynthesisView) })
  @ProblemResponses(400, 404, 409)
  report(@CurrentPrincipal() principal: Principal, @Param() params: SynthesisIdParams): Promise<SynthesisView> {
    return this.syntheses.report<SynthesisView>(params.id, 'json', ownBureau(principal));
  }

  @Get(':id/report.html')
  @ApiOperation({ summary: 'The report as a page to share with the community' })
  @TextResponse('text/html', 'A page for the community')
  @ProblemResponses(400, 404, 409)
  async reportHtml(@CurrentPrincipal() principal: Principal, @Param() params: SynthesisIdParams, @Res() res: Response): Promise<void> {
    const report = await this.syntheses.report<RenderedReport>(params.id, 'html', ownBureau(principal));
    res.setHeader('Content-Security-Policy', REPORT_SECURITY_POLICY);
    send(res, report);
  }

  @Get(':id/report.csv')
  @ApiOperation({ summary: 'The report as CSV, one row per theme' })
  @TextResponse('text/csv', 'One row per theme, with a header row')
  @ProblemResponses(400, 404, 409)
  async reportCsv(@CurrentPrincipal() principal: Principal, @Param() params: SynthesisIdParams, @Res() res: Response): Promise<void> {
    const report = await this.syntheses.report<RenderedReport>(params.id, 'csv', ownBureau(principal));
    res.setHeader('Content-Disposition', `attachment; filename="synthesis-${params.id}.csv"`);
    send(res, report);
  }

  @Put(':id/themes/:key/response')
  @Roles('bureau', 'coordinator', 'admin')
  @ApiOperation({ summary: 'Answer a theme: heard, under consideration, adopted, or not adopted with a reason' })
  @ApiBody({ schema: contractSchema(ThemeResponseBody) })
  @ApiOkResponse({ description: 'The synthesis with the answer', schema: contractSchema(SynthesisView) })
  @ProblemResponses(400, 404, 409)
  respond(@CurrentPrincipal() principal: Principal, @Param() params: ThemeParams, @Body() body: ThemeResponseBody): Promise<SynthesisView> {
    return this.syntheses.respond(params.id, Number(params.key), body, ownBureau(principal));
  }
}

function send(res: Response, report: RenderedReport): void {
  res.status(200).type(report.contentType).send(report.body);
}

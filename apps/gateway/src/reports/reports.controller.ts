import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { AttendanceQuery, AttendanceSeries, CoverageGroupings, CoverageQuery, CoverageReport } from '#libs/contracts';
import { contractSchema } from '../openapi/contract-schema.js';
import { API_KEY_HEADER_SCHEME, BEARER_SCHEME, ProblemResponses } from '../openapi/openapi.js';
import { ReportsService } from './reports.service.js';

@ApiTags('reports')
@ApiBearerAuth(BEARER_SCHEME)
@ApiSecurity(API_KEY_HEADER_SCHEME)
@ProblemResponses(401, 503)
@Controller('v1/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('coverage')
  @ApiOperation({ summary: 'Who the period’s engagements reached: by group, the neighborhoods nobody reached, each district against its share of the city' })
  @ApiQuery({ name: 'from', example: '2027-01-01T00:00:00-08:00' })
  @ApiQuery({ name: 'to', example: '2027-04-01T00:00:00-07:00' })
  @ApiQuery({ name: 'by', required: false, enum: CoverageGroupings })
  @ApiOkResponse({ schema: contractSchema(CoverageReport) })
  @ProblemResponses(400)
  coverage(@Query() query: CoverageQuery): Promise<CoverageReport> {
    return this.reports.coverage(query);
  }

  @Get('attendance')
  @ApiOperation({ summary: 'Engagements and attendance per month (America/Los_Angeles)' })
  @ApiQuery({ name: 'by', enum: ['month'] })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  @ApiQuery({ name: 'bureau', required: false, example: 'PBOT' })
  @ApiOkResponse({ schema: contractSchema(AttendanceSeries) })
  @ProblemResponses(400)
  attendance(@Query() query: AttendanceQuery): Promise<AttendanceSeries> {
    return this.reports.attendance(query);
  }
}

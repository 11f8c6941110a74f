import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { LookupRequest, LookupResponse } from '#libs/contracts';
import { contractSchema } from '../openapi/contract-schema.js';
import { API_KEY_HEADER_SCHEME, BEARER_SCHEME, ProblemResponses } from '../openapi/openapi.js';
import { LookupService } from './lookup.service.js';

@ApiTags('organizations')
@ApiBearerAuth(BEARER_SCHEME)
@ApiSecurity(API_KEY_HEADER_SCHEME)
@ProblemResponses(401, 503)
@Controller('v1/lookup')
export class LookupController {
  constructor(private readonly lookups: LookupService) {}

  @Get()
  @ApiOperation({ summary: 'The neighborhood associations, district coalition, council district and business districts containing a point' })
  @ApiQuery({ name: 'lat', example: 45.5122 })
  @ApiQuery({ name: 'lon', example: -122.6587 })
  @ApiOkResponse({ schema: contractSchema(LookupResponse) })
  @ProblemResponses(400)
  lookup(@Query() query: LookupRequest): Promise<LookupResponse> {
    return this.lookups.at(query);
  }
}

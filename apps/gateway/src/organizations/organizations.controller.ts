import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { Roles } from '#libs/auth';
import { CreateOrganizationRequest, GetOrganizationRequest, OrganizationRecord } from '#libs/contracts';
import { contractSchema } from '../openapi/contract-schema.js';
import { API_KEY_HEADER_SCHEME, BEARER_SCHEME, ProblemResponses } from '../openapi/openapi.js';
import { OrganizationsService } from './organizations.service.js';

@ApiTags('organizations')
@ApiBearerAuth(BEARER_SCHEME)
@ApiSecurity(API_KEY_HEADER_SCHEME)
@ProblemResponses(401, 503)
@Controller('v1/organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Register an organization the city engages (admin)' })
  @ApiBody({ schema: contractSchema(CreateOrganizationRequest) })
  @ApiCreatedResponse({ schema: contractSchema(OrganizationRecord) })
  @ProblemResponses(400, 403, 409)
  create(@Body() body: CreateOrganizationRequest): Promise<OrganizationRecord> {
    return this.organizations.create(body);
  }

  @Get(':idOrSlug')
  @ApiOperation({ summary: 'An organization by id or slug' })
  @ApiParam({ name: 'idOrSlug', example: 'sellwood-moreland-improvement-league' })
  @ApiOkResponse({ schema: contractSchema(OrganizationRecord) })
  @ProblemResponses(404)
  get(@Param() params: GetOrganizationRequest): Promise<OrganizationRecord> {
    return this.organizations.get(params);
  }
}

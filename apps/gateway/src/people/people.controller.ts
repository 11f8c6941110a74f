import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, seesPersonalData, type Principal } from '#libs/auth';
import {
  CreatePersonRequest,
  GetOrganizationRequest,
  MembershipDetails,
  MembershipRecord,
  OrganizationMember,
  OrganizationPeopleQuery,
  PersonRecord,
} from '#libs/contracts';
import { contractSchema } from '../openapi/contract-schema.js';
import { API_KEY_HEADER_SCHEME, BEARER_SCHEME, ProblemResponses } from '../openapi/openapi.js';
import { PeopleService } from './people.service.js';
import { EndMembershipBody } from './people.dto.js';

const CONTACTS_NOTE = 'Email and phone appear only for coordinator and admin keys.';

@ApiTags('people')
@ApiBearerAuth(BEARER_SCHEME)
@ApiSecurity(API_KEY_HEADER_SCHEME)
@ProblemResponses(401, 503)
@Controller('v1')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Post('people')
  @Roles('admin')
  @ApiOperation({ summary: 'Record a contact person (admin)' })
  @ApiBody({ schema: contractSchema(CreatePersonRequest) })
  @ApiCreatedResponse({ schema: contractSchema(PersonRecord) })
  @ProblemResponses(400, 403)
  create(@Body() body: CreatePersonRequest): Promise<PersonRecord> {
    return this.people.create(body);
  }

  @Get('people/:id')
  @ApiOperation({ summary: `A contact person. ${CONTACTS_NOTE}` })
  @ApiOkResponse({ schema: contractSchema(PersonRecord) })
  @ProblemResponses(400, 404)
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<PersonRecord> {
    return this.people.get(id, seesPersonalData(principal.role));
  }

  @Get('organizations/:idOrSlug/people')
  @ApiOperation({ summary: `The people of an organization with their roles, current ones unless ended=true. ${CONTACTS_NOTE}` })
  @ApiParam({ name: 'idOrSlug', example: 'kenton' })
  @ApiQuery({ name: 'ended', required: false, enum: ['true', 'false'] })
  @ApiOkResponse({ schema: { type: 'array', items: contractSchema(OrganizationMember) } })
  @ProblemResponses(400, 404)
  members(
    @Param() params: GetOrganizationRequest,
    @Query() query: OrganizationPeopleQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrganizationMember[]> {
    return this.people.ofOrganization(params.idOrSlug, query.ended === 'true', seesPersonalData(principal.role));
  }

  @Post('organizations/:idOrSlug/memberships')
  @Roles('admin')
  @ApiOperation({ summary: 'Give a person a role in an organization (admin)' })
  @ApiParam({ name: 'idOrSlug', example: 'kenton' })
  @ApiBody({ schema: contractSchema(MembershipDetails) })
  @ApiCreatedResponse({ schema: contractSchema(MembershipRecord) })
  @ProblemResponses(400, 403, 404)
  join(@Param() params: GetOrganizationRequest, @Body() body: MembershipDetails): Promise<MembershipRecord> {
    return this.people.join(params.idOrSlug, body);
  }

  @Post('memberships/:id/end')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'End a membership on a date (admin)' })
  @ApiBody({ schema: contractSchema(EndMembershipBody) })
  @ApiOkResponse({ schema: contractSchema(MembershipRecord) })
  @ProblemResponses(400, 403, 404)
  end(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: EndMembershipBody): Promise<MembershipRecord> {
    return this.people.end(id, body.endDate);
  }
}

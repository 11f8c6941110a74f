import { applyDecorators, Body, Controller, Get, Header, Headers, HttpCode, Param, Patch, Post, Query, Res, UnsupportedMediaTypeException } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
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
import { CurrentPrincipal, Roles, seesPersonalData, type Principal } from '#libs/auth';
import {
  CreateOrganizationRequest,
  GetOrganizationRequest,
  ListOrganizationsRequest,
  OrganizationChanges,
  MAX_PAGE_SIZE,
  OrganizationFilter,
  OrganizationKinds,
  OrganizationPage,
  OrganizationRecord,
  OrganizationStatuses,
  type OrganizationFeatureCollection,
  ImportOrganizationsQuery,
  type ImportOrganizationsRequest,
  ImportReport,
  PopoloExport,
} from '#libs/contracts';
import { contractSchema } from '../openapi/contract-schema.js';
import { API_KEY_HEADER_SCHEME, BEARER_SCHEME, ProblemResponses } from '../openapi/openapi.js';
import { uploadedText } from '../uploads/uploaded-text.js';
import { ORGANIZATION_MAP_SCHEMA } from './organization-map.schema.js';
import { etagOf, versionFromIfMatch } from './if-match.js';
import { OrganizationsService } from './organizations.service.js';

const IF_MATCH = { name: 'If-Match', required: true, description: 'The ETag (version) of the organization as read; 412 when it has changed since' };

const FilterQueries = () =>
  applyDecorators(
    ApiQuery({ name: 'kind', required: false, enum: OrganizationKinds }),
    ApiQuery({ name: 'councilDistrict', required: false, example: '2' }),
    ApiQuery({ name: 'coalition', required: false, description: 'The parent district coalition: slug or id', example: 'north-portland-neighborhood-services' }),
    ApiQuery({ name: 'status', required: false, enum: OrganizationStatuses }),
    ApiQuery({ name: 'q', required: false, description: 'Starts of words of the name, ignoring case and accents', example: 'kent' }),
  );

/**
 * `GET /v1/organizations.geojson` sits beside `/v1/organizations/{idOrSlug}`, not under it, so no slug can shadow it.
 * `/v1/organizations/popolo` is registered before `{idOrSlug}`, and the registry reserves the slug.
 */
@ApiTags('organizations')
@ApiBearerAuth(BEARER_SCHEME)
@ApiSecurity(API_KEY_HEADER_SCHEME)
@ProblemResponses(401, 503)
@Controller('v1')
export class OrganizationMapController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get('organizations.geojson')
  @Header('Content-Type', 'application/geo+json')
  @ApiOperation({ summary: 'The filtered organizations as a GeoJSON FeatureCollection: boundaries, or points where there is none' })
  @ApiOkResponse({ content: { 'application/geo+json': { schema: ORGANIZATION_MAP_SCHEMA } } })
  @FilterQueries()
  @ProblemResponses(400)
  map(@Query() filter: OrganizationFilter): Promise<OrganizationFeatureCollection> {
    return this.organizations.map(filter);
  }

  @Get('organizations/popolo')
  @ApiOperation({
    summary: 'The filtered organizations, their people and memberships as Popolo JSON; people’s email and phone only for coordinator and admin keys',
  })
  @FilterQueries()
  @ApiOkResponse({ schema: contractSchema(PopoloExport) })
  @ProblemResponses(400, 404)
  popolo(@Query() filter: OrganizationFilter, @CurrentPrincipal() principal: Principal): Promise<PopoloExport> {
    return this.organizations.popolo(filter, seesPersonalData(principal.role));
  }
}

@ApiTags('organizations')
@ApiBearerAuth(BEARER_SCHEME)
@ApiSecurity(API_KEY_HEADER_SCHEME)
@ProblemResponses(401, 503)
@Controller('v1/organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @ApiOperation({ summary: 'Organizations in name order, filtered and searched, a page at a time (without boundaries)' })
  @FilterQueries()
  @ApiQuery({ name: 'limit', required: false, description: `1-${MAX_PAGE_SIZE}, default 50` })
  @ApiQuery({ name: 'cursor', required: false, description: 'The previous page’s nextCursor' })
  @ApiOkResponse({ schema: contractSchema(OrganizationPage) })
  @ProblemResponses(400)
  list(@Query() query: ListOrganizationsRequest): Promise<OrganizationPage> {
    return this.organizations.list(query);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Register an organization the city engages (admin)' })
  @ApiBody({ schema: contractSchema(CreateOrganizationRequest) })
  @ApiCreatedResponse({ schema: contractSchema(OrganizationRecord) })
  @ProblemResponses(400, 403, 409)
  create(@Body() body: CreateOrganizationRequest): Promise<OrganizationRecord> {
    return this.organizations.create(body);
  }

  @Post('import')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Import organizations from a GeoJSON FeatureCollection or a CSV file (admin): the diff, and with dryRun=true nothing else',
    description:
      'Send the file as the body with Content-Type application/geo+json or text/csv (up to 1 MB). Columns or properties: slug, ocdId, kind, name, parent (slug or id), website, publicEmail, languages (separated by ;), meetingSchedule, serviceArea, bureauCode, status; a CSV may add lat and lon. Rows match existing organizations by ocdId, else slug; only the fields given are compared. One invalid row and nothing is imported.',
  })
  @ApiConsumes('application/geo+json', 'text/csv')
  @ApiBody({ schema: { type: 'string' } })
  @ApiQuery({ name: 'dryRun', required: false, enum: ['true', 'false'] })
  @ApiOkResponse({ schema: contractSchema(ImportReport) })
  @ProblemResponses(400, 403, 415)
  import(@Body() content: unknown, @Headers('content-type') contentType: string | undefined, @Query() query: ImportOrganizationsQuery): Promise<ImportReport> {
    const format = importFormatOf(contentType);
    const described = format === 'csv' ? 'a CSV file sent as Content-Type: text/csv' : 'a GeoJSON FeatureCollection sent as Content-Type: application/geo+json';
    return this.organizations.import({ format, content: uploadedText(content, described), dryRun: query.dryRun === 'true' });
  }

  @Get(':idOrSlug')
  @ApiOperation({ summary: 'An organization by id or slug' })
  @ApiParam({ name: 'idOrSlug', example: 'sellwood-moreland-improvement-league' })
  @ApiOkResponse({ schema: contractSchema(OrganizationRecord), headers: { ETag: { description: 'The version, for If-Match', schema: { type: 'string' } } } })
  @ProblemResponses(404)
  async get(@Param() params: GetOrganizationRequest, @Res({ passthrough: true }) res: Response): Promise<OrganizationRecord> {
    return tagged(res, await this.organizations.get(params));
  }

  @Patch(':idOrSlug')
  @Roles('admin')
  @ApiOperation({ summary: 'Change an organization (admin), based on the version read' })
  @ApiParam({ name: 'idOrSlug', example: 'sellwood-moreland-improvement-league' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ schema: contractSchema(OrganizationChanges) })
  @ApiOkResponse({ schema: contractSchema(OrganizationRecord) })
  @ProblemResponses(400, 403, 404, 412, 428)
  async update(
    @Param() params: GetOrganizationRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() changes: OrganizationChanges,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OrganizationRecord> {
    return tagged(res, await this.organizations.update(params.idOrSlug, versionFromIfMatch(ifMatch), changes));
  }

  @Post(':idOrSlug/archive')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Archive an organization (admin): it stays readable and leaves point lookups' })
  @ApiParam({ name: 'idOrSlug', example: 'sellwood-moreland-improvement-league' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ schema: contractSchema(OrganizationRecord) })
  @ProblemResponses(403, 404, 412, 428)
  async archive(
    @Param() params: GetOrganizationRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OrganizationRecord> {
    return tagged(res, await this.organizations.archive(params.idOrSlug, versionFromIfMatch(ifMatch)));
  }
}

function tagged(res: Response, record: OrganizationRecord): OrganizationRecord {
  res.setHeader('ETag', etagOf(record.version));
  return record;
}

/** The file's format from its media type; anything else is a 415 naming what to send. */
function importFormatOf(contentType: string | undefined): ImportOrganizationsRequest['format'] {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'text/csv') return 'csv';
  if (type === 'application/geo+json') return 'geojson';
  throw new UnsupportedMediaTypeException(`Content-Type must be application/geo+json or text/csv with the file as the body; got ${type || 'none'}`);
}

import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '#libs/auth';
import { BureauCalendarParams, DistrictCalendarParams, OrganizationCalendarParams } from '#libs/contracts';
import { ProblemResponses } from '../openapi/openapi.js';
import { CalendarsService } from './calendars.service.js';

const ICS = 'text/calendar; charset=utf-8';
const FEED = { description: 'An iCalendar (RFC 5545) feed: stable UIDs, SEQUENCE rising with each change, cancelled events kept as STATUS:CANCELLED', schema: { type: 'string' } } as const;

/** Public: calendar apps subscribe to a feed by URL and cannot send an API key. Feeds hold only public records. */
@ApiTags('calendars')
@Public()
@ProblemResponses(503)
@Controller('v1/calendars')
export class CalendarsController {
  constructor(private readonly calendars: CalendarsService) {}

  @Get('city.ics')
  @Header('Content-Type', ICS)
  @ApiOperation({ summary: 'Every bureau’s engagements' })
  @ApiProduces('text/calendar')
  @ApiOkResponse(FEED)
  city(): Promise<string> {
    return this.calendars.feed({ feed: 'city' });
  }

  @Get('bureaus/:code.ics')
  @Header('Content-Type', ICS)
  @ApiOperation({ summary: 'One bureau’s engagements' })
  @ApiParam({ name: 'code', example: 'PBOT' })
  @ApiProduces('text/calendar')
  @ApiOkResponse(FEED)
  @ProblemResponses(400)
  bureau(@Param() params: BureauCalendarParams): Promise<string> {
    return this.calendars.feed({ feed: 'bureau', of: params.code });
  }

  @Get('districts/:n.ics')
  @Header('Content-Type', ICS)
  @ApiOperation({ summary: 'Engagements in or for one council district' })
  @ApiParam({ name: 'n', example: '2' })
  @ApiProduces('text/calendar')
  @ApiOkResponse(FEED)
  @ProblemResponses(400)
  district(@Param() params: DistrictCalendarParams): Promise<string> {
    return this.calendars.feed({ feed: 'district', of: params.n });
  }

  @Get('organizations/:slug.ics')
  @Header('Content-Type', ICS)
  @ApiOperation({ summary: 'Engagements for one organization or in one neighborhood association; a district coalition’s include its associations’' })
  @ApiParam({ name: 'slug', example: 'kenton' })
  @ApiProduces('text/calendar')
  @ApiOkResponse(FEED)
  @ProblemResponses(400, 404)
  organization(@Param() params: OrganizationCalendarParams): Promise<string> {
    return this.calendars.feed({ feed: 'organization', of: params.slug });
  }
}

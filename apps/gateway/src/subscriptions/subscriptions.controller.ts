import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '#libs/auth';
import {
  DEFAULT_SUBSCRIBER_PAGE_SIZE,
  MAX_SUBSCRIBER_PAGE_SIZE,
  SubscriberChanges,
  SubscriberListQuery,
  SubscriberPage,
  SubscriberInput,
  SubscriptionChanges,
  SubscriptionInput,
  SubscriberRecord,
  SubscriptionRecord,
} from '#libs/contracts';
import { contractArraySchema, contractSchema } from '../openapi/contract-schema.js';
import { API_KEY_HEADER_SCHEME, BEARER_SCHEME, ProblemResponses } from '../openapi/openapi.js';
import { SubscriptionsService } from './subscriptions.service.js';

const uuid = new ParseUUIDPipe();

/** A key manages the one subscriber bound to it; coordinators and admins manage every subscriber. */
@ApiTags('subscriptions')
@ApiBearerAuth(BEARER_SCHEME)
@ApiSecurity(API_KEY_HEADER_SCHEME)
@ProblemResponses(401, 503)
@Controller('v1/subscribers')
export class SubscribersController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Post()
  @ApiOperation({ summary: 'Create the subscriber of the calling key (coordinators: of any key, with keyId)' })
  @ApiBody({ schema: contractSchema(SubscriberInput), examples: { desk: { summary: 'A bureau’s coordination desk', value: { name: 'PBOT coordination desk', kind: 'bureau', email: 'desk@pbot.example.gov' } } } })
  @ApiCreatedResponse({ description: 'The subscriber', schema: contractSchema(SubscriberRecord) })
  @ProblemResponses(400, 403, 409)
  create(@CurrentPrincipal() as: Principal, @Body() body: SubscriberInput): Promise<SubscriberRecord> {
    return this.subscriptions.createSubscriber(as, body);
  }

  @Get()
  @ApiOperation({ summary: 'Subscribers the caller manages: its own, or all for coordinators, a page at a time in name order' })
  @ApiQuery({ name: 'limit', required: false, description: `At most this many (1 to ${MAX_SUBSCRIBER_PAGE_SIZE}, ${DEFAULT_SUBSCRIBER_PAGE_SIZE} unless given)` })
  @ApiQuery({ name: 'cursor', required: false, description: 'The previous page’s nextCursor' })
  @ApiOkResponse({ schema: contractSchema(SubscriberPage) })
  @ProblemResponses(400)
  list(@CurrentPrincipal() as: Principal, @Query() query: SubscriberListQuery): Promise<SubscriberPage> {
    return this.subscriptions.listSubscribers(as, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A subscriber' })
  @ApiOkResponse({ schema: contractSchema(SubscriberRecord) })
  @ProblemResponses(400, 404)
  get(@CurrentPrincipal() as: Principal, @Param('id', uuid) id: string): Promise<SubscriberRecord> {
    return this.subscriptions.getSubscriber(as, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a subscriber’s name, kind or email' })
  @ApiBody({ schema: contractSchema(SubscriberChanges) })
  @ApiOkResponse({ schema: contractSchema(SubscriberRecord) })
  @ProblemResponses(400, 404)
  update(@CurrentPrincipal() as: Principal, @Param('id', uuid) id: string, @Body() body: SubscriberChanges): Promise<SubscriberRecord> {
    return this.subscriptions.updateSubscriber(as, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a subscriber and its subscriptions' })
  @ApiNoContentResponse()
  @ProblemResponses(400, 404)
  remove(@CurrentPrincipal() as: Principal, @Param('id', uuid) id: string): Promise<void> {
    return this.subscriptions.deleteSubscriber(as, id);
  }
}

@ApiTags('subscriptions')
@ApiBearerAuth(BEARER_SCHEME)
@ApiSecurity(API_KEY_HEADER_SCHEME)
@ProblemResponses(401, 503)
@Controller('v1/subscriptions')
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Post()
  @ApiOperation({
    summary: 'Subscribe to alerts: event type patterns, filters, a channel, quiet hours',
    description: 'A webhook subscription’s answer carries its Standard Webhooks signing secret, once.',
  })
  @ApiBody({
    schema: contractSchema(SubscriptionInput),
    examples: {
      liveConflicts: { summary: 'Conflicts and fatigue in council district 2, live in the staff app', value: { eventTypes: ['coordination.*'], channel: 'live', filters: { councilDistricts: ['2'], minSeverity: 'medium' } } },
    },
  })
  @ApiCreatedResponse({ description: 'The subscription', schema: contractSchema(SubscriptionRecord) })
  @ProblemResponses(400, 404)
  create(@CurrentPrincipal() as: Principal, @Body() body: SubscriptionInput): Promise<SubscriptionRecord> {
    return this.subscriptions.createSubscription(as, body);
  }

  @Get()
  @ApiOperation({ summary: 'Subscriptions the caller manages' })
  @ApiOkResponse({ description: 'Subscriptions, without webhook secrets', schema: contractArraySchema(SubscriptionRecord) })
  list(@CurrentPrincipal() as: Principal): Promise<SubscriptionRecord[]> {
    return this.subscriptions.listSubscriptions(as);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A subscription' })
  @ApiOkResponse({ schema: contractSchema(SubscriptionRecord) })
  @ProblemResponses(400, 404)
  get(@CurrentPrincipal() as: Principal, @Param('id', uuid) id: string): Promise<SubscriptionRecord> {
    return this.subscriptions.getSubscription(as, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a subscription (e.g. active: false to pause it); the result must still be valid' })
  @ApiBody({ schema: contractSchema(SubscriptionChanges) })
  @ApiOkResponse({ schema: contractSchema(SubscriptionRecord) })
  @ProblemResponses(400, 404)
  update(@CurrentPrincipal() as: Principal, @Param('id', uuid) id: string, @Body() body: SubscriptionChanges): Promise<SubscriptionRecord> {
    return this.subscriptions.updateSubscription(as, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a subscription' })
  @ApiNoContentResponse()
  @ProblemResponses(400, 404)
  remove(@CurrentPrincipal() as: Principal, @Param('id', uuid) id: string): Promise<void> {
    return this.subscriptions.deleteSubscription(as, id);
  }
}

import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '#libs/auth';
import { DeliveryFilter, DeliveryRecord, DeliveryStatuses } from '#libs/contracts';
import { contractArraySchema, contractSchema } from '../openapi/contract-schema.js';
import { API_KEY_HEADER_SCHEME, BEARER_SCHEME, ProblemResponses } from '../openapi/openapi.js';
import { SubscriptionsService } from './subscriptions.service.js';

/** The delivery log: one record per (alert, subscription), for coordination staff. */
@ApiTags('deliveries')
@ApiBearerAuth(BEARER_SCHEME)
@ApiSecurity(API_KEY_HEADER_SCHEME)
@ProblemResponses(401, 403, 503)
@Roles('coordinator', 'admin')
@Controller('v1/deliveries')
export class DeliveriesController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Get()
  @ApiOperation({ summary: 'Deliveries, newest first: status, attempts, last error and times (coordinators)' })
  @ApiQuery({ name: 'status', required: false, enum: DeliveryStatuses })
  @ApiQuery({ name: 'subscriptionId', required: false })
  @ApiQuery({ name: 'eventId', required: false })
  @ApiQuery({ name: 'limit', required: false, description: '1-500, default 100' })
  @ApiOkResponse({ description: 'Delivery records', schema: contractArraySchema(DeliveryRecord) })
  @ProblemResponses(400)
  list(@CurrentPrincipal() as: Principal, @Query() filter: DeliveryFilter): Promise<DeliveryRecord[]> {
    return this.subscriptions.listDeliveries(as, filter);
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a failed delivery again, with a new 24 h retry window (coordinators)' })
  @ApiOkResponse({ description: 'The delivery, pending again', schema: contractSchema(DeliveryRecord) })
  @ProblemResponses(400, 404, 409)
  retry(@CurrentPrincipal() as: Principal, @Param('id', new ParseUUIDPipe()) id: string): Promise<DeliveryRecord> {
    return this.subscriptions.retryDelivery(as, id);
  }
}

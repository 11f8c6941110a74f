import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ByIdRequest, ListDeliveriesRequest, LiveAlertsRequest, NotificationQueries, type DeliveryRecord, type LiveAlertPage } from '#libs/contracts';
import { validatedQuery } from '#libs/messaging';
import { DeliveryService } from './delivery.service.js';

/** Request/reply handlers for `/v1/deliveries` and the gateway's live stream. */
@Controller()
export class DeliveryHandlers {
  constructor(private readonly service: DeliveryService) {}

  @MessagePattern(NotificationQueries.listDeliveries)
  async list(@Payload() body: unknown): Promise<DeliveryRecord[]> {
    return this.service.list(await validatedQuery(ListDeliveriesRequest, body));
  }

  @MessagePattern(NotificationQueries.retryDelivery)
  async retry(@Payload() body: unknown): Promise<DeliveryRecord> {
    return this.service.retry(await validatedQuery(ByIdRequest, body));
  }

  @MessagePattern(NotificationQueries.liveAlerts)
  async live(@Payload() body: unknown): Promise<LiveAlertPage> {
    return this.service.live(await validatedQuery(LiveAlertsRequest, body));
  }
}

import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ByIdRequest,
  CreateSubscriberRequest,
  CreateSubscriptionRequest,
  ListRequest,
  ListSubscriberPageRequest,
  NotificationQueries,
  UnsubscribeRequest,
  UpdateSubscriberRequest,
  UpdateSubscriptionRequest,
  type SubscriberPage,
  type SubscriberRecord,
  type SubscriptionRecord,
} from '#libs/contracts';
import { validatedQuery } from '#libs/messaging';
import { SubscriptionService } from './subscription.service.js';

/** Request/reply handlers the gateway calls for `/v1/subscribers` and `/v1/subscriptions`. */
@Controller()
export class SubscriptionHandlers {
  constructor(private readonly service: SubscriptionService) {}

  @MessagePattern(NotificationQueries.createSubscriber)
  async createSubscriber(@Payload() body: unknown): Promise<SubscriberRecord> {
    return this.service.createSubscriber(await validatedQuery(CreateSubscriberRequest, body));
  }

  @MessagePattern(NotificationQueries.listSubscribers)
  async listSubscribers(@Payload() body: unknown): Promise<SubscriberRecord[]> {
    return this.service.listSubscribers(await validatedQuery(ListRequest, body));
  }

  @MessagePattern(NotificationQueries.listSubscriberPage)
  async listSubscriberPage(@Payload() body: unknown): Promise<SubscriberPage> {
    return this.service.listSubscriberPage(await validatedQuery(ListSubscriberPageRequest, body));
  }

  @MessagePattern(NotificationQueries.getSubscriber)
  async getSubscriber(@Payload() body: unknown): Promise<SubscriberRecord> {
    return this.service.getSubscriber(await validatedQuery(ByIdRequest, body));
  }

  @MessagePattern(NotificationQueries.updateSubscriber)
  async updateSubscriber(@Payload() body: unknown): Promise<SubscriberRecord> {
    return this.service.updateSubscriber(await validatedQuery(UpdateSubscriberRequest, body));
  }

  @MessagePattern(NotificationQueries.deleteSubscriber)
  async deleteSubscriber(@Payload() body: unknown): Promise<null> {
    await this.service.deleteSubscriber(await validatedQuery(ByIdRequest, body));
    return null;
  }

  @MessagePattern(NotificationQueries.createSubscription)
  async createSubscription(@Payload() body: unknown): Promise<SubscriptionRecord> {
    return this.service.createSubscription(await validatedQuery(CreateSubscriptionRequest, body));
  }

  @MessagePattern(NotificationQueries.listSubscriptions)
  async listSubscriptions(@Payload() body: unknown): Promise<SubscriptionRecord[]> {
    return this.service.listSubscriptions(await validatedQuery(ListRequest, body));
  }

  @MessagePattern(NotificationQueries.getSubscription)
  async getSubscription(@Payload() body: unknown): Promise<SubscriptionRecord> {
    return this.service.getSubscription(await validatedQuery(ByIdRequest, body));
  }

  @MessagePattern(NotificationQueries.updateSubscription)
  async updateSubscription(@Payload() body: unknown): Promise<SubscriptionRecord> {
    return this.service.updateSubscription(await validatedQuery(UpdateSubscriptionRequest, body));
  }

  @MessagePattern(NotificationQueries.deleteSubscription)
  async deleteSubscription(@Payload() body: unknown): Promise<null> {
    await this.service.deleteSubscription(await validatedQuery(ByIdRequest, body));
    return null;
  }

  @MessagePattern(NotificationQueries.unsubscribe)
  async unsubscribe(@Payload() body: unknown): Promise<SubscriptionRecord> {
    return this.service.unsubscribe(await validatedQuery(UnsubscribeRequest, body));
  }
}

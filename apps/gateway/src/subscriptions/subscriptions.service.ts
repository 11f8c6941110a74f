import { Injectable } from '@nestjs/common';
import {
  NotificationQueries,
  RegistryQueries,
  type OrganizationRecord,
  type SubscriptionFilters,
  type DeliveryFilter,
  type DeliveryRecord,
  type LiveAlertPage,
  type Requester,
  type SubscriberChanges,
  type SubscriberInput,
  type SubscriberListQuery,
  type SubscriberPage,
  type SubscriberRecord,
  type SubscriptionChanges,
  type SubscriptionInput,
  type SubscriptionRecord,
} from '#libs/contracts';
import type { Principal } from '#libs/auth';
import { QueryClient, QueryFailedError } from '#libs/messaging';
import { fieldProblem } from '../problems/problem-details.js';

/** The caller as the notifications service checks it: which key, which role. */
export function requesterOf(principal: Principal): Requester {
  return { keyId: principal.keyId, role: principal.role };
}

/** Subscriptions and deliveries live in the notifications service; the gateway asks it on the caller's behalf. */
@Injectable()
export class SubscriptionsService {
  constructor(private readonly queries: QueryClient) {}

  createSubscriber(as: Principal, subscriber: SubscriberInput): Promise<SubscriberRecord> {
    return this.queries.ask(NotificationQueries.createSubscriber, { as: requesterOf(as), subscriber });
  }

  listSubscribers(as: Principal, query: SubscriberListQuery): Promise<SubscriberPage> {
    return this.queries.ask(NotificationQueries.listSubscriberPage, { ...query, as: requesterOf(as) });
  }

  getSubscriber(as: Principal, id: string): Promise<SubscriberRecord> {
    return this.queries.ask(NotificationQueries.getSubscriber, { as: requesterOf(as), id });
  }

  updateSubscriber(as: Principal, id: string, changes: SubscriberChanges): Promise<SubscriberRecord> {
    return this.queries.ask(NotificationQueries.updateSubscriber, { as: requesterOf(as), id, changes });
  }

  async deleteSubscriber(as: Principal, id: string): Promise<void> {
    await this.queries.ask(NotificationQueries.deleteSubscriber, { as: requesterOf(as), id });
  }

  async createSubscription(as: Principal, subscription: SubscriptionInput): Promise<SubscriptionRecord> {
    return this.queries.ask(NotificationQueries.createSubscription, { as: requesterOf(as), subscription: await this.withOrganizationIds(subscription) });
  }

  listSubscriptions(as: Principal): Promise<SubscriptionRecord[]> {
    return this.queries.ask(NotificationQueries.listSubscriptions, { as: requesterOf(as) });
  }

  getSubscription(as: Principal, id: string): Promise<SubscriptionRecord> {
    return this.queries.ask(NotificationQueries.getSubscription, { as: requesterOf(as), id });
  }

  async updateSubscription(as: Principal, id: string, changes: SubscriptionChanges): Promise<SubscriptionRecord> {
    return this.queries.ask(NotificationQueries.updateSubscription, { as: requesterOf(as), id, changes: await this.withOrganizationIds(changes) });
  }

  /** Staff know organizations by slug; subscriptions keep registry ids, so slugs are looked up once, when saved. */
  private async withOrganizationIds<T extends { filters?: SubscriptionFilters }>(input: T): Promise<T> {
    const { organizationSlugs, ...filters } = input.filters ?? {};
    if (!organizationSlugs?.length) return input;
    const unknown: string[] = [];
    const ids = await Promise.all(
      organizationSlugs.map(async (slug) => {
        try {
          return (await this.queries.ask<OrganizationRecord>(RegistryQueries.getOrganization, { idOrSlug: slug })).id;
        } catch (err) {
          if (err instanceof QueryFailedError && err.status === 404) unknown.push(slug);
          else throw err;
          return undefined;
        }
      }),
    );
    if (unknown.length) {
      throw fieldProblem('filters.organizationSlugs', 'knownOrganization', `filters.organizationSlugs: no organization has the slug ${unknown.map((s) => `"${s}"`).join(', ')}`);
    }
    const organizationIds = [...new Set([...(filters.organizationIds ?? []), ...ids.filter((id): id is string => !!id)])];
    return { ...input, filters: { ...filters, organizationIds } };
  }

  async deleteSubscription(as: Principal, id: string): Promise<void> {
    await this.queries.ask(NotificationQueries.deleteSubscription, { as: requesterOf(as), id });
  }

  listDeliveries(as: Principal, filter: DeliveryFilter): Promise<DeliveryRecord[]> {
    return this.queries.ask(NotificationQueries.listDeliveries, { as: requesterOf(as), filter });
  }

  retryDelivery(as: Principal, id: string): Promise<DeliveryRecord> {
    return this.queries.ask(NotificationQueries.retryDelivery, { as: requesterOf(as), id });
  }

  unsubscribe(token: string): Promise<SubscriptionRecord> {
    return this.queries.ask(NotificationQueries.unsubscribe, { token });
  }

  /** With `waitMs`, notifications answers as soon as an alert comes, or empty after that long. */
  liveAlerts(as: Principal, after: number, waitMs = 0): Promise<LiveAlertPage> {
    return this.queries.ask(NotificationQueries.liveAlerts, { as: requesterOf(as), after, ...(waitMs > 0 ? { waitMs } : {}) });
  }
}

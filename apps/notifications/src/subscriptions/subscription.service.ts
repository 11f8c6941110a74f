import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  DEFAULT_SUBSCRIBER_PAGE_SIZE,
  fieldError,
  fieldErrorsOf,
  SubscriptionInput,
  type ByIdRequest,
  type CreateSubscriberRequest,
  type CreateSubscriptionRequest,
  type ListRequest,
  type ListSubscriberPageRequest,
  type Requester,
  type SubscriberPage,
  type SubscriberRecord,
  type SubscriptionRecord,
  type UpdateSubscriberRequest,
  type UnsubscribeRequest,
  type UpdateSubscriptionRequest,
} from '#libs/contracts';
import { badRequest, refusal } from '#libs/messaging';
import { decodeKeysetCursor, encodeKeysetCursor, INVALID_CURSOR_PROBLEM } from '#libs/persistence';
import { verifyUnsubscribeToken } from '../channels/unsubscribe-token.js';
import { checkedAddresses, RefusedAddressError } from '../channels/webhook-address.js';
import { NOTIFICATION_SETTINGS, type NotificationSettings } from '../notification-settings.js';
import { Subscriber } from './subscriber.entity.js';
import { SubscriberRepository } from './subscriber.repository.js';
import { isStaff, subscriberRecord, subscriptionRecord } from './subscription-records.js';
import { Subscription } from './subscription.entity.js';
import { SubscriptionRepository } from './subscription.repository.js';

const EMAIL_CHANNELS = new Set(['email', 'digest_daily', 'digest_weekly']);

function notFound(what: string, id: string): RpcException {
  return new RpcException({ status: 404, message: `no ${what} ${id}` });
}

/**
 * Subscribers and their subscriptions. A key manages the one subscriber bound to it (and that
 * subscriber's subscriptions); coordinators and admins manage all. Someone else's subscriber
 * answers 404, so a key learns nothing about the others.
 */
@Injectable()
export class SubscriptionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly subscribers: SubscriberRepository,
    private readonly subscriptions: SubscriptionRepository,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
  ) {}

  async createSubscriber({ as, subscriber: input }: CreateSubscriberRequest): Promise<SubscriberRecord> {
    if (input.keyId && input.keyId !== as.keyId && !isStaff(as)) {
      throw new RpcException({ status: 403, message: 'keyId: only coordinators create subscribers for other keys' });
    }
    const keyId = input.keyId ?? as.keyId;
    return this.dataSource.transaction(async (manager) => {
      if (await this.subscribers.findByKey(keyId, manager)) {
        throw refusal(409, [fieldError('keyId', 'unique', `key ${keyId} already has a subscriber; a key manages one`)]);
      }
      const now = new Date();
      const subscriber = Object.assign(new Subscriber(), {
        id: uuidv7(),
        name: input.name,
        kind: input.kind,
        email: input.email ?? null,
        keyId,
        createdAt: now,
        updatedAt: now,
      });
      await this.subscribers.insert(manager, subscriber);
      return subscriberRecord(subscriber, as);
    });
  }

  async listSubscribers({ as }: ListRequest): Promise<SubscriberRecord[]> {
    if (isStaff(as)) return (await this.subscribers.findAll()).map((s) => subscriberRecord(s, as));
    const own = await this.subscribers.findByKey(as.keyId);
    return own ? [subscriberRecord(own, as)] : [];
  }

  /** Staff see every subscriber a page at a time; a key sees only its own. */
  async listSubscriberPage({ as, cursor, limit = DEFAULT_SUBSCRIBER_PAGE_SIZE }: ListSubscriberPageRequest): Promise<SubscriberPage> {
    const after = cursor === undefined ? null : decodeKeysetCursor(cursor);
    if (cursor !== undefined && !after) throw badRequest([INVALID_CURSOR_PROBLEM]);
    if (!isStaff(as)) {
      const own = after ? null : await this.subscribers.findByKey(as.keyId);
      return { items: own ? [subscriberRecord(own, as)] : [], nextCursor: null };
    }
    const found = await this.subscribers.findPage(after && { name: after.key, id: after.id }, limit + 1);
    const page = found.slice(0, limit);
    const last = page.at(-1);
    return { items: page.map((s) => subscriberRecord(s, as)), nextCursor: found.length > limit && last ? encodeKeysetCursor({ key: last.name, id: last.id }) : null };
  }

  async getSubscriber({ as, id }: ByIdRequest): Promise<SubscriberRecord> {
    return subscriberRecord(await this.visibleSubscriber(as, id), as);
  }

  async updateSubscriber({ as, id, changes }: UpdateSubscriberRequest): Promise<SubscriberRecord> {
    const subscriber = await this.visibleSubscriber(as, id);
    if (changes.email === null && (await this.subscriptions.findBySubscriber(id)).some((s) => EMAIL_CHANNELS.has(s.channel))) {
      throw badRequest([fieldError('email', 'isDefined', 'this subscriber has email or digest subscriptions, which need an address')]);
    }
    Object.assign(subscriber, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
    return this.dataSource.transaction(async (manager) => subscriberRecord(await this.subscribers.save(manager, subscriber), as));
  }

  async deleteSubscriber({ as, id }: ByIdRequest): Promise<void> {
    await this.visibleSubscriber(as, id);
    await this.dataSource.transaction(async (manager) => {
      await this.subscribers.delete(manager, id);
      await this.subscriptions.bumpRevision(manager);
    });
  }

  async createSubscription({ as, subscription: input }: CreateSubscriptionRequest): Promise<SubscriptionRecord> {
    const subscriber = input.subscriberId ? await this.visibleSubscriber(as, input.subscriberId) : await this.ownSubscriber(as);
    const now = new Date();
    const subscription = Object.assign(new Subscription(), {
      id: uuidv7(),
      subscriberId: subscriber.id,
      webhookSecret: input.channel === 'webhook' ? `whsec_${randomBytes(32).toString('base64')}` : null,
      createdAt: now,
      updatedAt: now,
    });
    this.apply(subscription, input);
    await this.check(subscription, subscriber);
    await this.dataSource.transaction((manager) => this.subscriptions.insert(manager, subscription));
    return this.withWarnings(subscriptionRecord(subscription, true));
  }

  /** Email and digests need SMTP: say so to whoever subscribes while it is not configured, rather than fail later in silence. */
  private withWarnings(record: SubscriptionRecord): SubscriptionRecord {
    if (this.settings.smtpUrl || !sendsEmail(record.channel)) return record;
    return { ...record, warnings: [EMAIL_NOT_CONFIGURED] };
  }

  async listSubscriptions({ as }: ListRequest): Promise<SubscriptionRecord[]> {
    if (isStaff(as)) return (await this.subscriptions.findAll()).map((s) => subscriptionRecord(s));
    const own = await this.subscribers.findByKey(as.keyId);
    return own ? (await this.subscriptions.findBySubscriber(own.id)).map((s) => subscriptionRecord(s)) : [];
  }

  async getSubscription({ as, id }: ByIdRequest): Promise<SubscriptionRecord> {
    return subscriptionRecord((await this.visibleSubscription(as, id)).subscription);
  }

  async updateSubscription({ as, id, changes }: UpdateSubscriptionRequest): Promise<SubscriptionRecord> {
    const { subscription, subscriber } = await this.visibleSubscription(as, id);
    const merged: SubscriptionInput = {
      ...subscriptionInputOf(subscription),
      ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
    };
    const instance = plainToInstance(SubscriptionInput, merged);
    const errors = fieldErrorsOf(await validate(instance, { forbidUnknownValues: false }));
    if (errors.length > 0) throw badRequest(errors);
    this.apply(subscription, instance);
    if (subscription.channel === 'webhook') subscription.webhookSecret ??= `whsec_${randomBytes(32).toString('base64')}`;
    await this.check(subscription, subscriber);
    await this.dataSource.transaction((manager) => this.subscriptions.save(manager, subscription));
    return this.withWarnings(subscriptionRecord(subscription, changes.channel === 'webhook'));
  }

  async deleteSubscription({ as, id }: ByIdRequest): Promise<void> {
    await this.visibleSubscription(as, id);
    await this.dataSource.transaction((manager) => this.subscriptions.delete(manager, id));
  }

  /** The one-click unsubscribe of an email: pauses the subscription the signed link names. */
  async unsubscribe({ token }: UnsubscribeRequest): Promise<SubscriptionRecord> {
    const id = verifyUnsubscribeToken(token, this.settings.secret);
    const subscription = id ? await this.subscriptions.findById(id) : null;
    if (!subscription) throw new RpcException({ status: 404, message: 'this unsubscribe link is not valid, or its subscription no longer exists' });
    if (subscription.active) {
      subscription.active = false;
      await this.dataSource.transaction((manager) => this.subscriptions.save(manager, subscription));
    }
    return subscriptionRecord(subscription);
  }

  private apply(subscription: Subscription, input: SubscriptionInput): void {
    const filters = input.filters ?? {};
    if (filters.organizationSlugs?.length) throw badRequest([fieldError('filters.organizationSlugs', 'isEmpty', 'the gateway turns slugs into organizationIds; send the ids here')]);
    Object.assign(subscription, {
      eventTypes: [...new Set(input.eventTypes)],
      bureaus: filters.bureaus ?? [],
      councilDistricts: filters.councilDistricts ?? [],
      organizationIds: filters.organizationIds ?? [],
      minSeverity: filters.minSeverity ?? 'info',
      channel: input.channel,
      webhookUrl: input.channel === 'webhook' ? input.webhookUrl! : null,
      quietStart: input.quietHours?.start ?? null,
      quietEnd: input.quietHours?.end ?? null,
      timeZone: input.timeZone ?? null,
      digestAt: input.channel.startsWith('digest_') ? (input.digestAt ?? '08:00') : null,
      active: input.active ?? true,
    });
  }

  /** Rules that need more than the request: the subscriber's address, the webhook's destination. */
  private async check(subscription: Subscription, subscriber: Subscriber): Promise<void> {
    if (EMAIL_CHANNELS.has(subscription.channel) && !subscriber.email) {
      throw badRequest([fieldError('channel', 'hasEmail', `${subscription.channel} needs the subscriber's email; set it on the subscriber first`)]);
    }
    if (subscription.webhookUrl) {
      try {
        await checkedAddresses(new URL(subscription.webhookUrl).hostname, this.settings.allowedRanges);
      } catch (err) {
        const refused = err instanceof RefusedAddressError;
        const reason = refused ? `is refused: ${err.message}` : `cannot be resolved (${(err as Error).message})`;
        throw badRequest([fieldError('webhookUrl', refused ? 'isPublicAddress' : 'isResolvable', `webhookUrl ${reason}`)]);
      }
    }
  }

  private async ownSubscriber(as: Requester): Promise<Subscriber> {
    const own = await this.subscribers.findByKey(as.keyId);
    if (!own) throw badRequest([fieldError('subscriberId', 'isDefined', 'this key has no subscriber yet; create one with POST /v1/subscribers or name a subscriberId')]);
    return own;
  }

  private async visibleSubscriber(as: Requester, id: string): Promise<Subscriber> {
    const subscriber = await this.subscribers.findById(id);
    if (!subscriber || (!isStaff(as) && subscriber.keyId !== as.keyId)) throw notFound('subscriber', id);
    return subscriber;
  }

  private async visibleSubscription(as: Requester, id: string): Promise<{ subscription: Subscription; subscriber: Subscriber }> {
    const subscription = await this.subscriptions.findById(id);
    const subscriber = subscription ? await this.subscribers.findById(subscription.subscriberId) : null;
    if (!subscription || !subscriber || (!isStaff(as) && subscriber.keyId !== as.keyId)) throw notFound('subscription', id);
    return { subscription, subscriber };
  }
}

/** Said when an email channel is chosen on a platform without SMTP_URL. */
export const EMAIL_NOT_CONFIGURED =
  'Email is not configured on this platform (SMTP_URL is not set): these alerts are recorded, and each email fails until an operator sets SMTP_URL.';

function sendsEmail(channel: string): boolean {
  return channel === 'email' || channel.startsWith('digest');
}

function subscriptionInputOf(s: Subscription): SubscriptionInput {
  return {
    eventTypes: s.eventTypes,
    filters: { bureaus: s.bureaus, councilDistricts: s.councilDistricts, organizationIds: s.organizationIds, minSeverity: s.minSeverity },
    channel: s.channel,
    webhookUrl: s.webhookUrl ?? undefined,
    quietHours: s.quietStart && s.quietEnd ? { start: s.quietStart, end: s.quietEnd } : undefined,
    timeZone: s.timeZone ?? undefined,
    digestAt: s.digestAt ?? undefined,
    active: s.active,
  };
}

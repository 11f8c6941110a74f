import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEmail,
  IsISO8601,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsTimeZone,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
  registerDecorator,
  type ValidationOptions,
} from 'class-validator';
import { Severities, type Severity } from '../alerts/alert-scope.js';
import { BUREAU_CODE, COUNCIL_DISTRICT, SLUG } from '../patterns.js';
import { EventCatalog } from '../event-map.js';
import { EVENT_TYPE_PATTERN, eventTypeMatches, eventTypeOf, isAlertContract } from './alert-types.js';
import { Channels, type Channel } from './notification.events.js';

/** Request/reply patterns the notifications service answers (core NATS, `civic.query.<pattern>`). */
export const NotificationQueries = {
  createSubscriber: 'notifications.subscriber.create',
  /** Answers every subscriber as one array; kept for callers of the first contract. */
  listSubscribers: 'notifications.subscriber.list',
  listSubscriberPage: 'notifications.subscriber.list.v2',
  getSubscriber: 'notifications.subscriber.get',
  updateSubscriber: 'notifications.subscriber.update',
  deleteSubscriber: 'notifications.subscriber.delete',
  createSubscription: 'notifications.subscription.create',
  listSubscriptions: 'notifications.subscription.list',
  getSubscription: 'notifications.subscription.get',
  updateSubscription: 'notifications.subscription.update',
  deleteSubscription: 'notifications.subscription.delete',
  listDeliveries: 'notifications.delivery.list',
  retryDelivery: 'notifications.delivery.retry',
  unsubscribe: 'notifications.unsubscribe',
  liveAlerts: 'notifications.live.read',
} as const;

export const SubscriberKinds = ['staff', 'coalition', 'organization', 'bureau'] as const;
export type SubscriberKind = (typeof SubscriberKinds)[number];

const TIME_OF_DAY = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const TIME_OF_DAY_MESSAGE = (field: string) => `${field} must be a local time HH:MM, e.g. 22:00`;

let knownEventTypes: string[] | undefined;

/** Event types subscriptions can name: every contract in the catalog whose payload has an alert scope. */
export function alertEventTypes(): string[] {
  knownEventTypes ??= new EventCatalog().all().filter(isAlertContract).map((c) => eventTypeOf(c.subject)).sort();
  return knownEventTypes;
}

function IsAlertEventTypePattern(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isAlertEventTypePattern',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: (args) =>
          `${args.property} must be event type patterns covering at least one known alert (${alertEventTypes().join(', ')}); "*" stands for one word, or the rest at the end`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          Array.isArray(value) &&
          value.every((p) => typeof p === 'string' && EVENT_TYPE_PATTERN.test(p) && alertEventTypes().some((t) => eventTypeMatches(p, t))),
      },
    });
}

/** Who asks: the gateway passes the principal its API key guard authenticated. */
export class Requester {
  @IsString()
  @IsNotEmpty()
  keyId: string;

  @IsIn(['bureau', 'coordinator', 'admin'])
  role: 'bureau' | 'coordinator' | 'admin';
}

/** The body of `POST /v1/subscribers`. */
export class SubscriberInput {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @IsIn(SubscriberKinds)
  kind: SubscriberKind;

  /** Where email and digests go. Personal data: shown only to the subscriber and coordinators. */
  @IsOptional()
  @IsEmail()
  email?: string | null;

  /**
   * The API key id that manages this subscriber (coordinators only; defaults to the caller's key).
   * A key manages at most one subscriber.
   */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  keyId?: string;
}

/** The body of `PATCH /v1/subscribers/{id}`. */
export class SubscriberChanges {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @IsOptional()
  @IsIn(SubscriberKinds)
  kind?: SubscriberKind;

  @IsOptional()
  @IsEmail()
  email?: string | null;
}

export class SubscriberRecord {
  @IsUUID() id: string;
  @IsString() name: string;
  @IsIn(SubscriberKinds) kind: SubscriberKind;
  /** Null when the caller may not see it. */
  @IsOptional() @IsEmail() email: string | null;
  @IsOptional() @IsString() keyId: string | null;
  @IsISO8601() createdAt: string;
  @IsISO8601() updatedAt: string;
}

export const DEFAULT_SUBSCRIBER_PAGE_SIZE = 100;
export const MAX_SUBSCRIBER_PAGE_SIZE = 500;

/** The query of `GET /v1/subscribers`: a page in name order after `cursor`. */
export class SubscriberListQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SUBSCRIBER_PAGE_SIZE)
  limit?: number;

  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,2000}$/, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;
}

/** Body of `notifications.subscriber.list.v2`. */
export class ListSubscriberPageRequest extends SubscriberListQuery {
  @ValidateNested()
  @Type(() => Requester)
  as: Requester;
}

export class SubscriberPage {
  @ValidateNested({ each: true }) @Type(() => SubscriberRecord) items: SubscriberRecord[];
  /** Null on the last page. */
  @IsOptional() @IsString() nextCursor: string | null;
}

/** What an alert must concern; an empty list means "any". */
export class SubscriptionFilters {
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(BUREAU_CODE, { each: true, message: 'bureaus must be bureau codes such as PBOT' })
  bureaus?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(COUNCIL_DISTRICT, { each: true, message: 'councilDistricts must be council district numbers such as 2' })
  councilDistricts?: string[];

  /** Registry ids of neighborhood associations, coalitions, business districts or other organizations. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'organizationIds must be registry organization ids' })
  organizationIds?: string[];

  /** Registry slugs (e.g. `sellwood-moreland`), taken by the gateway and stored as their organizations' ids. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(SLUG, { each: true, message: 'organizationSlugs must be registry slugs such as sellwood-moreland' })
  organizationSlugs?: string[];

  @IsOptional()
  @IsIn(Severities)
  minSeverity?: Severity;
}

/** Local hours in which email waits (until `end`); both in the subscription's `timeZone`. */
export class QuietHours {
  @Matches(TIME_OF_DAY, { message: TIME_OF_DAY_MESSAGE('start') })
  start: string;

  @Matches(TIME_OF_DAY, { message: TIME_OF_DAY_MESSAGE('end') })
  end: string;
}

/** The body of `POST /v1/subscriptions`. */
export class SubscriptionInput {
  /** Coordinators name the subscriber; other keys may leave it out for their own. */
  @IsOptional()
  @IsUUID()
  subscriberId?: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsAlertEventTypePattern()
  eventTypes: string[];

  @IsOptional()
  @ValidateNested()
  @Type(() => SubscriptionFilters)
  filters?: SubscriptionFilters;

  @IsIn(Channels)
  channel: Channel;

  /** Required for channel webhook: where the signed JSON POST goes. */
  @ValidateIf((o: SubscriptionInput) => o.channel === 'webhook' || o.webhookUrl != null)
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'], require_tld: false }, { message: 'webhookUrl must be an http(s) URL, required for channel webhook' })
  @MaxLength(2000)
  webhookUrl?: string | null;

  @IsOptional()
  @ValidateNested()
  @Type(() => QuietHours)
  quietHours?: QuietHours | null;

  /** IANA time zone of the quiet hours and the digest time; required with either. */
  @ValidateIf((o: SubscriptionInput) => Boolean(o.quietHours) || o.channel === 'digest_daily' || o.channel === 'digest_weekly' || o.timeZone != null)
  @IsDefined({ message: 'timeZone is required with quietHours or a digest channel (an IANA zone, e.g. America/Los_Angeles)' })
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as America/Los_Angeles' })
  timeZone?: string | null;

  /** Local time a digest is sent (default 08:00); weekly digests go on Mondays. */
  @IsOptional()
  @Matches(TIME_OF_DAY, { message: TIME_OF_DAY_MESSAGE('digestAt') })
  digestAt?: string | null;

  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

/** The body of `PATCH /v1/subscriptions/{id}`: the fields to change; the result must still be a valid subscription. */
export class SubscriptionChanges {
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  eventTypes?: string[];

  @IsOptional()
  @ValidateNested()
  @Type(() => SubscriptionFilters)
  filters?: SubscriptionFilters;

  @IsOptional()
  @IsIn(Channels)
  channel?: Channel;

  @IsOptional()
  @IsString()
  webhookUrl?: string | null;

  @IsOptional()
  @ValidateNested()
  @Type(() => QuietHours)
  quietHours?: QuietHours | null;

  @IsOptional()
  @IsString()
  timeZone?: string | null;

  @IsOptional()
  @IsString()
  digestAt?: string | null;

  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

/** A subscription's filters as stored: every list present, empty for "any". */
export class StoredSubscriptionFilters {
  @Matches(BUREAU_CODE, { each: true }) bureaus: string[];
  @Matches(COUNCIL_DISTRICT, { each: true }) councilDistricts: string[];
  @IsUUID('all', { each: true }) organizationIds: string[];
  @IsIn(Severities) minSeverity: Severity;
}

export class SubscriptionRecord {
  @IsUUID() id: string;
  @IsUUID() subscriberId: string;
  @IsString({ each: true }) eventTypes: string[];
  @ValidateNested() @Type(() => StoredSubscriptionFilters) filters: StoredSubscriptionFilters;
  @IsIn(Channels) channel: Channel;
  @IsOptional() @IsUrl() webhookUrl: string | null;
  /** The Standard Webhooks signing secret (`whsec_…`); only in the answer that creates the subscription. */
  @IsOptional() @IsString() webhookSecret?: string;
  /** What will keep this subscription from working as asked (email without SMTP configured); in answers that create or change it. */
  @IsOptional() @IsString({ each: true }) warnings?: string[];
  @IsOptional() @ValidateNested() @Type(() => QuietHours) quietHours: QuietHours | null;
  @IsOptional() @IsString() timeZone: string | null;
  @IsOptional() @Matches(TIME_OF_DAY) digestAt: string | null;
  @IsBoolean() active: boolean;
  @IsISO8601() createdAt: string;
  @IsISO8601() updatedAt: string;
}

export class ByIdRequest {
  @ValidateNested()
  @Type(() => Requester)
  as: Requester;

  @IsUUID()
  id: string;
}

export class CreateSubscriberRequest {
  @ValidateNested()
  @Type(() => Requester)
  as: Requester;

  @ValidateNested()
  @Type(() => SubscriberInput)
  subscriber: SubscriberInput;
}

export class UpdateSubscriberRequest extends ByIdRequest {
  @ValidateNested()
  @Type(() => SubscriberChanges)
  changes: SubscriberChanges;
}

export class ListRequest {
  @ValidateNested()
  @Type(() => Requester)
  as: Requester;
}

export class CreateSubscriptionRequest {
  @ValidateNested()
  @Type(() => Requester)
  as: Requester;

  @ValidateNested()
  @Type(() => SubscriptionInput)
  subscription: SubscriptionInput;
}

export class UpdateSubscriptionRequest extends ByIdRequest {
  @ValidateNested()
  @Type(() => SubscriptionChanges)
  changes: SubscriptionChanges;
}

export const DeliveryStatuses = ['pending', 'sending', 'delivered', 'failed', 'cancelled'] as const;
export type DeliveryStatus = (typeof DeliveryStatuses)[number];

/** The query of `GET /v1/deliveries`. */
export class DeliveryFilter {
  @IsOptional()
  @IsIn(DeliveryStatuses)
  status?: DeliveryStatus;

  @IsOptional()
  @IsUUID()
  subscriptionId?: string;

  @IsOptional()
  @IsUUID()
  eventId?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export class ListDeliveriesRequest {
  @ValidateNested()
  @Type(() => Requester)
  as: Requester;

  @ValidateNested()
  @Type(() => DeliveryFilter)
  filter: DeliveryFilter;
}

export class DeliveryRecord {
  @IsUUID() id: string;
  @IsString() eventId: string;
  @IsString() eventType: string;
  @IsUUID() subscriptionId: string;
  @IsUUID() subscriberId: string;
  @IsIn(Channels) channel: Channel;
  @IsIn(DeliveryStatuses) status: DeliveryStatus;
  @IsInt() @Min(0) attempts: number;
  @IsOptional() @IsString() lastError: string | null;
  @IsOptional() @IsISO8601() nextAttemptAt: string | null;
  @IsOptional() @IsISO8601() deliveredAt: string | null;
  @IsISO8601() createdAt: string;
  @IsISO8601() updatedAt: string;
}

/** The one-click unsubscribe of an email: the signed token of its link. */
export class UnsubscribeRequest {
  @IsString()
  @Matches(/^[A-Za-z0-9_.-]{10,400}$/, { message: 'token must be the token of an unsubscribe link' })
  token: string;
}

export const MAX_LIVE_WAIT_MS = 25_000;

/** Live alerts of the caller's subscriptions after a position of the stream (`Last-Event-ID`). */
export class LiveAlertsRequest {
  @ValidateNested()
  @Type(() => Requester)
  as: Requester;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  after?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  /** When there is nothing after `after` yet, how long to wait for the next alert before answering empty (a long poll). */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_LIVE_WAIT_MS)
  waitMs?: number;
}

/** One alert of the live stream; `position` is its SSE id. */
export class LiveAlert {
  position: number;
  deliveryId: string;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  time: string;
  data: Record<string, unknown>;
}

export class LiveAlertPage {
  alerts: LiveAlert[];
  /** Null when the caller has no subscriber (nothing to stream). */
  subscriberId: string | null;
}

import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Min } from 'class-validator';

export const Channels = ['email', 'webhook', 'live', 'digest_daily', 'digest_weekly'] as const;
export type Channel = (typeof Channels)[number];

/** What `delivered` and `failed` share: which alert went to which subscription, and how hard it was. */
class NotificationOutcome {
  @IsUUID()
  deliveryId: string;

  /** The CloudEvents id of the alert. */
  @IsUUID()
  eventId: string;

  /** The alert's event type, e.g. coordination.conflict.detected. */
  @IsString()
  eventType: string;

  @IsUUID()
  subscriptionId: string;

  @IsUUID()
  subscriberId: string;

  @IsIn(Channels)
  channel: Channel;

  @IsInt()
  @Min(1)
  attempts: number;
}

/** `civic.notification.delivered`: an alert reached a subscriber (a webhook answered 2xx, the SMTP server took the mail, a stream or digest holds it). */
export class NotificationDeliveredV1 extends NotificationOutcome {
  @IsISO8601()
  deliveredAt: string;
}

/** `civic.notification.failed`: an alert could not be delivered and retries stopped; staff can retry it. */
export class NotificationFailedV1 extends NotificationOutcome {
  @IsISO8601()
  failedAt: string;

  /** Why the last attempt failed, without the recipient's address. */
  @IsOptional()
  @IsString()
  error?: string | null;
}

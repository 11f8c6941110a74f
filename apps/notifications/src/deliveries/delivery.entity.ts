import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Channel, DeliveryStatus } from '#libs/contracts';

/** One alert to one subscription: at most one per (event, subscription), whatever is redelivered. */
@Entity({ name: 'delivery' })
export class Delivery {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType: string;

  @Column({ name: 'subscription_id', type: 'uuid' })
  subscriptionId: string;

  @Column({ name: 'subscriber_id', type: 'uuid' })
  subscriberId: string;

  @Column({ type: 'text' })
  channel: Channel;

  @Column({ type: 'text' })
  status: DeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** Never holds the recipient's address. */
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /** When the worker may take it next (quiet hours, backoff, the digest time). */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  /** A worker holds it until then; after a crash another takes it over. */
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil: Date | null;

  /** Start of the current retry window (first attempt, or a staff retry); retries stop 24 h after it. */
  @Column({ name: 'retry_window_start', type: 'timestamptz', nullable: true })
  retryWindowStart: Date | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  /** Position in the live stream (SSE id); assigned in commit order. */
  @Column({ name: 'stream_position', type: 'bigint', nullable: true })
  streamPosition: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

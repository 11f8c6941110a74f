import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An event committed with the state change that caused it, waiting for the relay to publish it. */
@Entity({ name: 'outbox_event' })
@Index('outbox_event_pending', ['seq'], { where: 'published_at IS NULL' })
@Index('outbox_event_published', ['publishedAt'], { where: 'published_at IS NOT NULL' })
export class OutboxEvent {
  /** Order of commit within the service; the relay publishes each aggregate's events in this order. */
  @Column({ type: 'bigint', generated: 'increment', unique: true })
  seq: string;

  /** The CloudEvents id, also the JetStream Nats-Msg-Id. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'aggregate_id', type: 'text' })
  aggregateId: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  type: string;

  @Column({ type: 'jsonb' })
  envelope: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  /** A relay holds the row until then; another relay may take it after. */
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil: Date | null;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An alert as received, kept so every channel (and a retry days later) renders the same event. */
@Entity({ name: 'alert' })
export class Alert {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  /** E.g. coordination.conflict.detected. */
  @Column({ name: 'event_type', type: 'text' })
  eventType: string;

  /** The CloudEvents type, e.g. gov.civic.coordination.conflict.detected.v1. */
  @Column({ name: 'cloud_event_type', type: 'text' })
  cloudEventType: string;

  @Column({ type: 'timestamptz' })
  time: Date;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An event a consumer has handled; recorded in the same transaction as the handler's effects. */
@Entity({ name: 'inbox_event' })
export class InboxEvent {
  @PrimaryColumn({ type: 'text' })
  consumer: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'handled_at', type: 'timestamptz', default: () => 'now()' })
  handledAt: Date;
}

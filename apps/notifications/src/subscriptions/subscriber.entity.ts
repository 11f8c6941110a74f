import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { SubscriberKind } from '#libs/contracts';

/** Someone who receives alerts: a staff member, a coalition, an organization's contact, a bureau. */
@Entity({ name: 'subscriber' })
export class Subscriber {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: SubscriberKind;

  /** Personal data: never logged, shown only to the subscriber and coordinators. */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** The API key that manages this subscriber; one subscriber per key. */
  @Column({ name: 'key_id', type: 'text', nullable: true, unique: true })
  keyId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

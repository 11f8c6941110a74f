import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Channel, Severity } from '#libs/contracts';

/** What a subscriber wants to hear about, and how. */
@Entity({ name: 'subscription' })
export class Subscription {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'subscriber_id', type: 'uuid' })
  subscriberId: string;

  /** Event type patterns, e.g. coordination.*. */
  @Column({ name: 'event_types', type: 'text', array: true })
  eventTypes: string[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  bureaus: string[];

  @Column({ name: 'council_districts', type: 'text', array: true, default: () => `'{}'` })
  councilDistricts: string[];

  @Column({ name: 'organization_ids', type: 'text', array: true, default: () => `'{}'` })
  organizationIds: string[];

  @Column({ name: 'min_severity', type: 'text', default: 'info' })
  minSeverity: Severity;

  @Column({ type: 'text' })
  channel: Channel;

  @Column({ name: 'webhook_url', type: 'text', nullable: true })
  webhookUrl: string | null;

  /** Standard Webhooks secret, `whsec_` + base64. */
  @Column({ name: 'webhook_secret', type: 'text', nullable: true })
  webhookSecret: string | null;

  @Column({ name: 'quiet_start', type: 'text', nullable: true })
  quietStart: string | null;

  @Column({ name: 'quiet_end', type: 'text', nullable: true })
  quietEnd: string | null;

  @Column({ name: 'time_zone', type: 'text', nullable: true })
  timeZone: string | null;

  @Column({ name: 'digest_at', type: 'text', nullable: true })
  digestAt: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

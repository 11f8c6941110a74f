import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EngagementStatus } from '#libs/contracts';

/** One step of an engagement's status history: published (from nothing), postponed, cancelled, held, closed. */
@Entity({ name: 'engagement_status_change' })
export class EngagementStatusChange {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId: string;

  /** Null when the engagement was first published (or when its history began). */
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: EngagementStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: EngagementStatus;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;

  /** A cancellation's reason, in the bureau's words. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AlertScope, EngagementSummary } from '#libs/contracts';

/** Feedback's copy of an engagement, from scheduling's events, to know when it was held and whether it reported back. */
@Entity({ name: 'engagement_reference' })
export class EngagementReference {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  bureau: string;

  @Column({ type: 'text' })
  status: string;

  @Column({ name: 'held_at', type: 'timestamptz', nullable: true })
  heldAt: Date | null;

  @Column({ type: 'jsonb' })
  summary: EngagementSummary;

  @Column({ type: 'jsonb' })
  scope: AlertScope;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'report_back_at', type: 'timestamptz', nullable: true })
  reportBackAt: Date | null;

  @Column({ name: 'overdue_notices', type: 'int', default: 0 })
  overdueNotices: number;

  @Column({ name: 'last_overdue_at', type: 'timestamptz', nullable: true })
  lastOverdueAt: Date | null;
}

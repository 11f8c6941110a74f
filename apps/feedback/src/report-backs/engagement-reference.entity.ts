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

/** What the bureau told the community it heard and did, as published. */
@Entity({ name: 'report_back' })
export class ReportBack {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId: string;

  @Column({ name: 'synthesis_id', type: 'uuid', nullable: true })
  synthesisId: string | null;

  @Column({ name: 'what_we_heard', type: 'text' })
  whatWeHeard: string;

  @Column({ name: 'what_we_did', type: 'text' })
  whatWeDid: string;

  @Column({ type: 'jsonb' })
  themes: { theme: string; status: string; response: string; reason?: string | null }[];

  @Column({ name: 'report_url', type: 'text', nullable: true })
  reportUrl: string | null;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;
}

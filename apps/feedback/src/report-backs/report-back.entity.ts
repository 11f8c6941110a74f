import { Column, Entity, PrimaryColumn } from 'typeorm';

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

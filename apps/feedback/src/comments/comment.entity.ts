import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CommentSource } from '#libs/contracts';

/** A comment a bureau collected. `originalText` and `demographics` are personal data: never logged, shown only to coordinators and admins. */
@Entity({ name: 'comment' })
export class Comment {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  bureau: string;

  @Column({ name: 'engagement_id', type: 'uuid', nullable: true })
  engagementId: string | null;

  @Column({ type: 'text' })
  source: CommentSource;

  /** Emails, phone numbers and street addresses replaced; the only text synthesis, quotes and exports use. */
  @Column({ name: 'redacted_text', type: 'text' })
  redactedText: string;

  @Column({ name: 'original_text', type: 'text' })
  originalText: string;

  @Column({ type: 'text' })
  language: string;

  @Column({ name: 'language_detected', type: 'boolean' })
  languageDetected: boolean;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lon: number | null;

  @Column({ type: 'text', nullable: true })
  neighborhood: string | null;

  @Column({ name: 'council_district', type: 'text', nullable: true })
  councilDistrict: string | null;

  /** Kept only when the commenter consented. */
  @Column({ type: 'jsonb', nullable: true })
  demographics: Record<string, string | number | boolean | null> | null;

  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId: string | null;

  @Column({ name: 'batch_id', type: 'uuid' })
  batchId: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { GivenThemeInput, SynthesisScope, SynthesisStage, SynthesisStatus, ThemeResponseStatus, ThemeView } from '#libs/contracts';

/** A theme as a finished synthesis stores it: what staff see, less the answer, plus its term signature (members are in `theme_assignment`). */
export type StoredTheme = Omit<ThemeView, 'response'> & { signature: Record<string, number> };

export interface SynthesisResult {
  themes: StoredTheme[];
  method: { themeCount: number; chosenBy: string; scores: { k: number; silhouette: number }[] };
  idf: Record<string, number>;
  /** Who the comments came from, for alert scopes. */
  bureaus: string[];
  councilDistricts: string[];
}

/** A synthesis job and, once done, its themes. */
@Entity({ name: 'synthesis' })
export class Synthesis {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  status: SynthesisStatus;

  @Column({ type: 'text' })
  stage: SynthesisStage;

  @Column({ type: 'int' })
  percent: number;

  @Column({ type: 'jsonb' })
  scope: SynthesisScope;

  @Column({ name: 'given_themes', type: 'jsonb', nullable: true })
  givenThemes: GivenThemeInput[] | null;

  /** The bureau whose key asked for it, or null for coordination staff. */
  @Column({ name: 'requested_by', type: 'text', nullable: true })
  requestedBy: string | null;

  @Column({ type: 'jsonb', nullable: true })
  result: SynthesisResult | null;

  @Column({ name: 'comment_count', type: 'int', default: 0 })
  commentCount: number;

  @Column({ name: 'other_count', type: 'int', default: 0 })
  otherCount: number;

  @Column({ name: 'later_assigned', type: 'int', default: 0 })
  laterAssigned: number;

  @Column({ name: 'later_unassigned', type: 'int', default: 0 })
  laterUnassigned: number;

  /** Later unassigned comments already reported in a `theme.emerging` event. */
  @Column({ name: 'emerging_reported', type: 'int', default: 0 })
  emergingReported: number;

  /** A running job whose lease passed (its process died) is taken up again. */
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}

/** Which theme of a synthesis a comment belongs to (null: other / unassigned) and how surely. */
@Entity({ name: 'theme_assignment' })
export class ThemeAssignment {
  @PrimaryColumn({ name: 'synthesis_id', type: 'uuid' })
  synthesisId: string;

  @PrimaryColumn({ name: 'comment_id', type: 'uuid' })
  commentId: string;

  @Column({ name: 'theme_key', type: 'int', nullable: true })
  themeKey: number | null;

  @Column({ type: 'real' })
  confidence: number;

  /** Placed after the synthesis, on its existing themes. */
  @Column({ type: 'boolean' })
  later: boolean;
}

/** A bureau's answer to one theme of a synthesis: what it did with what it heard. */
@Entity({ name: 'theme_response' })
export class ThemeAnswer {
  @PrimaryColumn({ name: 'synthesis_id', type: 'uuid' })
  synthesisId: string;

  @PrimaryColumn({ name: 'theme_key', type: 'int' })
  themeKey: number;

  @Column({ type: 'text' })
  status: ThemeResponseStatus;

  @Column({ type: 'text' })
  response: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'responded_at', type: 'timestamptz' })
  respondedAt: Date;
}

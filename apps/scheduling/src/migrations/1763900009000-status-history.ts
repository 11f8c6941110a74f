import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every status an engagement has had, and when. Engagements published before the history began get one entry: the
 * status they stood in then, at their last change.
 */
export class StatusHistory1763900009000 implements MigrationInterface {
  name = 'StatusHistory1763900009000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE engagement_status_change (
      id bigserial PRIMARY KEY,
      engagement_id uuid NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
      from_status text,
      to_status text NOT NULL,
      changed_at timestamptz NOT NULL,
      reason text
    )`);
    await q.query(`CREATE INDEX engagement_status_change_engagement ON engagement_status_change (engagement_id, changed_at, id)`);
    await q.query(`INSERT INTO engagement_status_change (engagement_id, from_status, to_status, changed_at, reason)
      SELECT id, NULL, status, updated_at, cancellation_reason FROM engagement`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE engagement_status_change`);
  }
}

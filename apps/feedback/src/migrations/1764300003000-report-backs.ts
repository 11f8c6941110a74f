import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportBacks1764300003000 implements MigrationInterface {
  name = 'ReportBacks1764300003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE engagement_reference (
        id uuid PRIMARY KEY,
        bureau text NOT NULL,
        status text NOT NULL,
        held_at timestamptz,
        summary jsonb NOT NULL,
        scope jsonb NOT NULL,
        version int NOT NULL,
        report_back_at timestamptz,
        overdue_notices int NOT NULL DEFAULT 0,
        last_overdue_at timestamptz
      )`);
    await q.query(`CREATE INDEX engagement_reference_unreported ON engagement_reference (held_at) WHERE report_back_at IS NULL`);
    await q.query(`
      CREATE TABLE report_back (
        id uuid PRIMARY KEY,
        engagement_id uuid NOT NULL,
        synthesis_id uuid,
        what_we_heard text NOT NULL,
        what_we_did text NOT NULL,
        themes jsonb NOT NULL,
        report_url text,
        published_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX report_back_engagement ON report_back (engagement_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_back`);
    await q.query(`DROP TABLE engagement_reference`);
  }
}

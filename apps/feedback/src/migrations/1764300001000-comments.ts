import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Comments1764300001000 implements MigrationInterface {
  name = 'Comments1764300001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE comment (
        id uuid PRIMARY KEY,
        bureau text NOT NULL,
        engagement_id uuid,
        source text NOT NULL,
        redacted_text text NOT NULL,
        original_text text NOT NULL,
        language text NOT NULL,
        language_detected boolean NOT NULL,
        submitted_at timestamptz NOT NULL,
        lat double precision,
        lon double precision,
        neighborhood text,
        council_district text,
        demographics jsonb,
        external_id text,
        batch_id uuid NOT NULL,
        received_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX comment_bureau_submitted ON comment (bureau, submitted_at)`);
    await q.query(`CREATE INDEX comment_engagement ON comment (engagement_id)`);
    await q.query(`CREATE INDEX comment_council_district ON comment (council_district)`);
    await q.query(`CREATE INDEX comment_batch ON comment (batch_id)`);
    await q.query(`
      CREATE TABLE place (
        id uuid PRIMARY KEY,
        slug text NOT NULL,
        kind text NOT NULL,
        name text NOT NULL,
        status text NOT NULL,
        council_districts text[] NOT NULL,
        boundary jsonb,
        version int NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE place`);
    await q.query(`DROP TABLE comment`);
  }
}

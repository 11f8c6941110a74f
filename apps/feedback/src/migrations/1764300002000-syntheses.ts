import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Syntheses1764300002000 implements MigrationInterface {
  name = 'Syntheses1764300002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE synthesis (
        id uuid PRIMARY KEY,
        status text NOT NULL,
        stage text NOT NULL,
        percent int NOT NULL,
        scope jsonb NOT NULL,
        given_themes jsonb,
        requested_by text,
        result jsonb,
        comment_count int NOT NULL DEFAULT 0,
        other_count int NOT NULL DEFAULT 0,
        later_assigned int NOT NULL DEFAULT 0,
        later_unassigned int NOT NULL DEFAULT 0,
        emerging_reported int NOT NULL DEFAULT 0,
        lease_until timestamptz,
        attempts int NOT NULL DEFAULT 0,
        error text,
        created_at timestamptz NOT NULL,
        completed_at timestamptz
      )`);
    await q.query(`CREATE INDEX synthesis_open ON synthesis (created_at) WHERE status IN ('queued', 'running')`);
    await q.query(`
      CREATE TABLE theme_assignment (
        synthesis_id uuid NOT NULL REFERENCES synthesis(id) ON DELETE CASCADE,
        comment_id uuid NOT NULL,
        theme_key int,
        confidence real NOT NULL,
        later boolean NOT NULL,
        PRIMARY KEY (synthesis_id, comment_id)
      )`);
    await q.query(`
      CREATE TABLE theme_response (
        synthesis_id uuid NOT NULL REFERENCES synthesis(id) ON DELETE CASCADE,
        theme_key int NOT NULL,
        status text NOT NULL,
        response text NOT NULL,
        reason text,
        responded_at timestamptz NOT NULL,
        PRIMARY KEY (synthesis_id, theme_key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE theme_response`);
    await q.query(`DROP TABLE theme_assignment`);
    await q.query(`DROP TABLE synthesis`);
  }
}

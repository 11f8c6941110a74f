import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffSessions1763900003000 implements MigrationInterface {
  name = 'StaffSessions1763900003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE staff_session (
        token_hash text PRIMARY KEY,
        staff_id text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('bureau', 'coordinator', 'admin')),
        bureau_code text,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        CHECK ((role = 'bureau') = (bureau_code IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX staff_session_expires ON staff_session (expires_at)`);
    await q.query(`
      CREATE TABLE staff_sign_in (
        state text PRIMARY KEY,
        code_verifier text NOT NULL,
        nonce text NOT NULL,
        return_to text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE staff_sign_in`);
    await q.query(`DROP TABLE staff_session`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiKeys1763900002000 implements MigrationInterface {
  name = 'ApiKeys1763900002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_key (
        key_id text PRIMARY KEY,
        key_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('bureau', 'coordinator', 'admin')),
        bureau_code text,
        label text,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        CHECK ((role = 'bureau') = (bureau_code IS NOT NULL))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE api_key`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Organizations1763900001000 implements MigrationInterface {
  name = 'Organizations1763900001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY,
        slug text NOT NULL UNIQUE,
        ocd_id text NOT NULL UNIQUE,
        kind text NOT NULL,
        name text NOT NULL,
        status text NOT NULL DEFAULT 'active',
        parent_id uuid REFERENCES organization(id),
        council_districts text[] NOT NULL DEFAULT '{}',
        bureau_code text,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX organization_kind ON organization (kind)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE organization`);
  }
}

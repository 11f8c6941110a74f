import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganizationReferences1763900002000 implements MigrationInterface {
  name = 'OrganizationReferences1763900002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organization_reference (
        id uuid PRIMARY KEY,
        slug text NOT NULL,
        kind text NOT NULL,
        name text NOT NULL,
        status text NOT NULL,
        council_districts text[] NOT NULL,
        bureau_code text,
        version int NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE organization_reference`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the registry issue adds to an organization: its map, languages, contacts and bureau service area. */
export class OrganizationDetails1763900003000 implements MigrationInterface {
  name = 'OrganizationDetails1763900003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organization
        ADD COLUMN boundary jsonb,
        ADD COLUMN representative_point jsonb,
        ADD COLUMN languages text[] NOT NULL DEFAULT '{}',
        ADD COLUMN website text,
        ADD COLUMN public_email text,
        ADD COLUMN meeting_schedule text,
        ADD COLUMN service_area text`);
    await q.query(`CREATE INDEX organization_parent ON organization (parent_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX organization_parent`);
    await q.query(`
      ALTER TABLE organization
        DROP COLUMN boundary,
        DROP COLUMN representative_point,
        DROP COLUMN languages,
        DROP COLUMN website,
        DROP COLUMN public_email,
        DROP COLUMN meeting_schedule,
        DROP COLUMN service_area`);
  }
}

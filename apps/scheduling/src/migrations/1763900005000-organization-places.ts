import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Boundaries and parents of the registry's organizations, so places resolve locally. */
export class OrganizationPlaces1763900005000 implements MigrationInterface {
  name = 'OrganizationPlaces1763900005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organization_reference
        ADD COLUMN parent_id uuid,
        ADD COLUMN boundary jsonb,
        ADD COLUMN representative_point jsonb`);
    await q.query(`CREATE INDEX organization_reference_slug ON organization_reference (slug)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX organization_reference_slug`);
    await q.query(`ALTER TABLE organization_reference DROP COLUMN parent_id, DROP COLUMN boundary, DROP COLUMN representative_point`);
  }
}

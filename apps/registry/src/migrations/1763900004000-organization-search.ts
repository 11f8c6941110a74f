import type { MigrationInterface, QueryRunner } from 'typeorm';
import { searchTextOf } from '../organizations/search-text.js';

/** A normalized name to search by (no unaccent extension needed), and the order lists page in. */
export class OrganizationSearch1763900004000 implements MigrationInterface {
  name = 'OrganizationSearch1763900004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organization ADD COLUMN search_text text NOT NULL DEFAULT ''`);
    // Computed by the same function the service writes with, so old and new rows agree.
    const rows: Array<{ id: string; name: string }> = await q.query(`SELECT id, name FROM organization`);
    for (const { id, name } of rows) await q.query(`UPDATE organization SET search_text = $2 WHERE id = $1`, [id, searchTextOf(name)]);
    await q.query(`CREATE INDEX organization_name_id ON organization (name, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX organization_name_id`);
    await q.query(`ALTER TABLE organization DROP COLUMN search_text`);
  }
}

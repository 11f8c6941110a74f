import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Contact people and their memberships in organizations. */
export class People1763900005000 implements MigrationInterface {
  name = 'People1763900005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        email text,
        phone text,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE membership (
        id uuid PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES person (id),
        organization_id uuid NOT NULL REFERENCES organization (id),
        role text NOT NULL,
        start_date date,
        end_date date,
        created_at timestamptz NOT NULL,
        CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
      )`);
    await q.query(`CREATE INDEX membership_organization ON membership (organization_id)`);
    await q.query(`CREATE INDEX membership_person ON membership (person_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE membership`);
    await q.query(`DROP TABLE person`);
  }
}

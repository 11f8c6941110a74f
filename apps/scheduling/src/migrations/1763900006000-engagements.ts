import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Engagements, who each one reaches (one row per audience key, for index-driven conflict and
 * fatigue queries), conflicts and fatigue alerts raised, and idempotent request replies.
 */
export class Engagements1763900006000 implements MigrationInterface {
  name = 'Engagements1763900006000';

  async up(q: QueryRunner): Promise<void> {
    // btree_gist lets one GiST index hold the audience key (equality) and the time range (overlap).
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`
      CREATE TABLE engagement (
        id uuid PRIMARY KEY,
        bureau text NOT NULL,
        title text NOT NULL,
        description text,
        kind text NOT NULL,
        status text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        during tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
        time_zone text NOT NULL,
        address text,
        lat double precision,
        lon double precision,
        online_url text,
        neighborhood_ids uuid[] NOT NULL DEFAULT '{}',
        location_districts text[] NOT NULL DEFAULT '{}',
        audience_organization_ids uuid[] NOT NULL DEFAULT '{}',
        audience_districts text[] NOT NULL DEFAULT '{}',
        community_tags text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        accessibility jsonb NOT NULL,
        expected_attendance int,
        actual_attendance int,
        contact jsonb,
        external_url text,
        external_id text,
        held_at timestamptz,
        version int NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (ends_at > starts_at)
      )`);
    await q.query(`CREATE UNIQUE INDEX engagement_external_id ON engagement (bureau, external_id) WHERE external_id IS NOT NULL`);
    await q.query(`CREATE INDEX engagement_during ON engagement USING gist (during)`);
    await q.query(`CREATE INDEX engagement_start ON engagement (starts_at, id)`);
    await q.query(`CREATE INDEX engagement_bureau_start ON engagement (bureau, starts_at, id)`);
    await q.query(`
      CREATE TABLE engagement_reach (
        engagement_id uuid NOT NULL REFERENCES engagement(id) ON DELETE CASCADE,
        reach text NOT NULL,
        bureau text NOT NULL,
        status text NOT NULL,
        during tstzrange NOT NULL,
        PRIMARY KEY (engagement_id, reach)
      )`);
    await q.query(`CREATE INDEX engagement_reach_during ON engagement_reach USING gist (reach, during)`);
    await q.query(`
      CREATE TABLE engagement_conflict (
        id uuid PRIMARY KEY,
        engagement_a uuid NOT NULL REFERENCES engagement(id),
        engagement_b uuid NOT NULL REFERENCES engagement(id),
        severity text NOT NULL,
        reasons text[] NOT NULL,
        open boolean NOT NULL,
        detected_at timestamptz NOT NULL,
        resolved_at timestamptz
      )`);
    await q.query(`CREATE INDEX engagement_conflict_a ON engagement_conflict (engagement_a) WHERE open`);
    await q.query(`CREATE INDEX engagement_conflict_b ON engagement_conflict (engagement_b) WHERE open`);
    await q.query(`
      CREATE TABLE fatigue_alert (
        organization_id uuid NOT NULL,
        engagement_id uuid NOT NULL REFERENCES engagement(id),
        raised_at timestamptz NOT NULL,
        PRIMARY KEY (organization_id, engagement_id)
      )`);
    await q.query(`
      CREATE TABLE idempotent_request (
        scope text NOT NULL,
        key text NOT NULL,
        fingerprint text NOT NULL,
        status int NOT NULL,
        body jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotent_request`);
    await q.query(`DROP TABLE fatigue_alert`);
    await q.query(`DROP TABLE engagement_conflict`);
    await q.query(`DROP TABLE engagement_reach`);
    await q.query(`DROP TABLE engagement`);
  }
}

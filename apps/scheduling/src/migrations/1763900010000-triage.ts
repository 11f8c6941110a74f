import type { MigrationInterface, QueryRunner } from 'typeorm';

const TRIAGE_COLUMNS = [
  `triage text NOT NULL DEFAULT 'open' CHECK (triage IN ('open', 'acknowledged', 'resolved'))`,
  'assignee text',
  'assignee_name text',
  'triage_note text',
  'triaged_at timestamptz',
  'version integer NOT NULL DEFAULT 1',
];

/**
 * Staff triage of conflicts and fatigue alerts, kept apart from the detector's own `open`: every existing conflict
 * starts open. Fatigue alerts are grouped into one `fatigue_case` per community and window, which is what staff
 * triage: existing alerts of a community join one case while their engagements start within the default window
 * (30 days) of the one before. `triage_entry` is who did what and when, on either kind.
 */
export class Triage1763900010000 implements MigrationInterface {
  name = 'Triage1763900010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE engagement_conflict ${TRIAGE_COLUMNS.map((c) => `ADD COLUMN ${c}`).join(', ')}`);
    await q.query(`CREATE TABLE fatigue_case (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL,
      first_start timestamptz NOT NULL,
      last_start timestamptz NOT NULL,
      raised_at timestamptz NOT NULL,
      last_raised_at timestamptz NOT NULL,
      ${TRIAGE_COLUMNS.join(',\n      ')}
    )`);
    await q.query(`CREATE INDEX fatigue_case_community ON fatigue_case (organization_id, first_start)`);
    await q.query(`CREATE INDEX fatigue_case_order ON fatigue_case (first_start, id)`);
    await q.query(`ALTER TABLE fatigue_alert ADD COLUMN case_id uuid REFERENCES fatigue_case (id)`);
    await q.query(`CREATE TEMPORARY TABLE fatigue_island ON COMMIT DROP AS
      SELECT organization_id, engagement_id, raised_at, starts_at, sum(starts_island) OVER (PARTITION BY organization_id ORDER BY starts_at, engagement_id) AS island
        FROM (SELECT f.organization_id, f.engagement_id, f.raised_at, e.starts_at,
                     CASE WHEN e.starts_at - lag(e.starts_at) OVER w <= interval '30 days' THEN 0 ELSE 1 END AS starts_island
                FROM fatigue_alert f JOIN engagement e ON e.id = f.engagement_id
              WINDOW w AS (PARTITION BY f.organization_id ORDER BY e.starts_at, f.engagement_id)) AS ordered`);
    await q.query(`CREATE TEMPORARY TABLE fatigue_island_case ON COMMIT DROP AS
      SELECT organization_id, island, gen_random_uuid() AS id, min(starts_at) AS first_start, max(starts_at) AS last_start, min(raised_at) AS raised_at, max(raised_at) AS last_raised_at
        FROM fatigue_island GROUP BY organization_id, island`);
    await q.query(`INSERT INTO fatigue_case (id, organization_id, first_start, last_start, raised_at, last_raised_at)
      SELECT id, organization_id, first_start, last_start, raised_at, last_raised_at FROM fatigue_island_case`);
    await q.query(`UPDATE fatigue_alert f SET case_id = c.id
      FROM fatigue_island i JOIN fatigue_island_case c ON c.organization_id = i.organization_id AND c.island = i.island
      WHERE f.organization_id = i.organization_id AND f.engagement_id = i.engagement_id`);
    await q.query(`ALTER TABLE fatigue_alert ALTER COLUMN case_id SET NOT NULL`);
    await q.query(`CREATE INDEX fatigue_alert_case ON fatigue_alert (case_id)`);
    await q.query(`CREATE TABLE triage_entry (
      id bigserial PRIMARY KEY,
      alert_kind text NOT NULL CHECK (alert_kind IN ('conflict', 'fatigue')),
      alert_id uuid NOT NULL,
      action text NOT NULL,
      from_state text NOT NULL,
      to_state text NOT NULL,
      note text,
      assignee text,
      assignee_name text,
      actor_id text,
      actor_role text,
      at timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX triage_entry_alert ON triage_entry (alert_kind, alert_id, at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE triage_entry`);
    await q.query(`ALTER TABLE fatigue_alert DROP COLUMN case_id`);
    await q.query(`DROP TABLE fatigue_case`);
    await q.query(`ALTER TABLE engagement_conflict DROP COLUMN triage, DROP COLUMN assignee, DROP COLUMN assignee_name, DROP COLUMN triage_note, DROP COLUMN triaged_at, DROP COLUMN version`);
  }
}

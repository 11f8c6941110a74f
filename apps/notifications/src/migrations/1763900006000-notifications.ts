import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1763900006000 implements MigrationInterface {
  name = 'Notifications1763900006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE subscriber (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL,
        email text,
        key_id text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE subscription (
        id uuid PRIMARY KEY,
        subscriber_id uuid NOT NULL REFERENCES subscriber(id) ON DELETE CASCADE,
        event_types text[] NOT NULL,
        bureaus text[] NOT NULL DEFAULT '{}',
        council_districts text[] NOT NULL DEFAULT '{}',
        organization_ids text[] NOT NULL DEFAULT '{}',
        min_severity text NOT NULL DEFAULT 'info',
        channel text NOT NULL,
        webhook_url text,
        webhook_secret text,
        quiet_start text,
        quiet_end text,
        time_zone text,
        digest_at text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX subscription_subscriber ON subscription (subscriber_id)`);
    // Bumped in every transaction that changes subscriptions, so each replica knows when its index is stale.
    await q.query(`CREATE TABLE subscription_revision (id int PRIMARY KEY CHECK (id = 1), revision bigint NOT NULL)`);
    await q.query(`INSERT INTO subscription_revision VALUES (1, 0)`);
    await q.query(`
      CREATE TABLE alert (
        event_id uuid PRIMARY KEY,
        event_type text NOT NULL,
        cloud_event_type text NOT NULL,
        time timestamptz NOT NULL,
        data jsonb NOT NULL,
        received_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE SEQUENCE delivery_stream_position`);
    await q.query(`
      CREATE TABLE delivery (
        id uuid PRIMARY KEY,
        event_id uuid NOT NULL REFERENCES alert(event_id),
        event_type text NOT NULL,
        subscription_id uuid NOT NULL REFERENCES subscription(id) ON DELETE CASCADE,
        subscriber_id uuid NOT NULL,
        channel text NOT NULL,
        status text NOT NULL,
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        next_attempt_at timestamptz,
        claimed_until timestamptz,
        retry_window_start timestamptz,
        delivered_at timestamptz,
        stream_position bigint UNIQUE,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT delivery_once UNIQUE (event_id, subscription_id)
      )`);
    await q.query(`CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status IN ('pending', 'sending')`);
    await q.query(`CREATE INDEX delivery_stream ON delivery (subscriber_id, stream_position) WHERE stream_position IS NOT NULL`);
    await q.query(`CREATE INDEX delivery_recent ON delivery (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX delivery_subscriber_due ON delivery (subscriber_id, next_attempt_at) WHERE status IN ('pending', 'sending')`);
    // One NOTIFY per inserting statement wakes the workers when the transaction commits.
    await q.query(`
      CREATE FUNCTION delivery_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('civic_delivery', '');
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER delivery_planned AFTER INSERT ON delivery FOR EACH STATEMENT EXECUTE FUNCTION delivery_notify()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE delivery`);
    await q.query(`DROP FUNCTION delivery_notify()`);
    await q.query(`DROP SEQUENCE delivery_stream_position`);
    await q.query(`DROP TABLE alert`);
    await q.query(`DROP TABLE subscription_revision`);
    await q.query(`DROP TABLE subscription`);
    await q.query(`DROP TABLE subscriber`);
  }
}

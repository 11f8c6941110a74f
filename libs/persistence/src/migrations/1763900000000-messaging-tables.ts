import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbox and inbox tables; every service includes this migration first. */
export class MessagingTables1763900000000 implements MigrationInterface {
  name = 'MessagingTables1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_event (
        seq bigserial NOT NULL UNIQUE,
        id uuid PRIMARY KEY,
        aggregate_id text NOT NULL,
        subject text NOT NULL,
        type text NOT NULL,
        envelope jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        claimed_until timestamptz,
        next_attempt_at timestamptz,
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        published_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL`);
    await q.query(`CREATE INDEX outbox_event_pending_aggregate ON outbox_event (aggregate_id, seq) WHERE published_at IS NULL`);
    await q.query(`CREATE INDEX outbox_event_published ON outbox_event (published_at) WHERE published_at IS NOT NULL`);
    // One NOTIFY per inserting statement wakes the relay when the transaction commits.
    await q.query(`
      CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('civic_outbox', '');
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER outbox_event_inserted AFTER INSERT ON outbox_event
      FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify()`);
    await q.query(`
      CREATE TABLE inbox_event (
        consumer text NOT NULL,
        event_id uuid NOT NULL,
        subject text NOT NULL,
        handled_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
    await q.query(`CREATE INDEX inbox_event_handled_at ON inbox_event (handled_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE inbox_event`);
    await q.query(`DROP TABLE outbox_event`);
    await q.query(`DROP FUNCTION outbox_event_notify()`);
  }
}

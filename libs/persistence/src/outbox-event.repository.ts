import pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

/** Postgres channel on which a commit that wrote outbox rows wakes the relay (a trigger notifies it). */
export const OUTBOX_CHANNEL = 'civic_outbox';

export interface NewOutboxEvent {
  id: string;
  aggregateId: string;
  subject: string;
  type: string;
  /** The CloudEvents envelope, or its JSON text when the caller already wrote it. */
  envelope: Record<string, unknown> | string;
}

/** A row the relay took, with its envelope as the JSON text it is published as. */
export interface ClaimedOutboxEvent {
  seq: string;
  id: string;
  aggregateId: string;
  subject: string;
  type: string;
  attempts: number;
  /** The CloudEvents envelope, JSON: sent as it is, never parsed and written again. */
  body: string;
  correlationId: string;
  /** The envelope's `time`, when the event was written. */
  time: string;
}

/** The only place that queries `outbox_event`. */
export class OutboxEventRepository {
  private bookkeepingPool?: pg.Pool;

  constructor(private readonly dataSource: DataSource) {}

  /** Writes rows in the caller's transaction; the trigger's NOTIFY is delivered only if it commits. */
  async append(manager: EntityManager, events: NewOutboxEvent[]): Promise<void> {
    if (events.length === 0) return;
    const values: unknown[] = [];
    const rows = events.map((e, i) => {
      values.push(e.id, e.aggregateId, e.subject, e.type, typeof e.envelope === 'string' ? e.envelope : JSON.stringify(e.envelope));
      const b = i * 5;
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}::jsonb)`;
    });
    await manager.query(
      `INSERT INTO outbox_event (id, aggregate_id, subject, type, envelope) VALUES ${rows.join(', ')}`,
      values,
    );
  }

  /**
   * Takes up to `limit` publishable rows for `leaseMs`. A row is taken only if every earlier
   * unpublished row of its aggregate is taken with it, so each aggregate's events leave in order
   * even when several relays share the table.
   */
  async claim(limit: number, leaseMs: number): Promise<ClaimedOutboxEvent[]> {
    const { rows } = await this.bookkeeping(
      `WITH candidate AS (
         SELECT seq, id, aggregate_id FROM outbox_event
          WHERE published_at IS NULL
            AND (claimed_until IS NULL OR claimed_until < now())
            AND (next_attempt_at IS NULL OR next_attempt_at <= now())
          ORDER BY seq
          LIMIT $1
          FOR UPDATE SKIP LOCKED
       ), claimable AS (
         -- A scalar subquery per candidate: its probe of the aggregate's earlier pending rows stays a
         -- nested index scan, where NOT EXISTS became an anti-join hashing every pending row per claim.
         SELECT c.id FROM candidate c
          WHERE (SELECT p.seq FROM outbox_event p
                  WHERE p.aggregate_id = c.aggregate_id
                    AND p.published_at IS NULL
                    AND p.seq < c.seq
                    AND p.id NOT IN (SELECT id FROM candidate)
                  LIMIT 1) IS NULL
       )
       UPDATE outbox_event o
          SET claimed_until = now() + $2 * interval '1 millisecond', attempts = o.attempts + 1
         FROM claimable
        WHERE o.id = claimable.id
      RETURNING o.seq, o.id, o.aggregate_id, o.subject, o.type, o.attempts, o.envelope::text AS body,
                o.envelope->>'correlationid' AS correlation_id, o.envelope->>'time' AS time`,
      [limit, leaseMs],
    );
    return (rows as RawOutboxRow[]).map(toClaimed).sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
  }

  /** Renews the lease of rows still being published, so that only a relay that stopped loses them. */
  async renewLease(ids: string[], leaseMs: number): Promise<void> {
    if (ids.length === 0) return;
    await this.bookkeeping(
      `UPDATE outbox_event SET claimed_until = now() + $2 * interval '1 millisecond'
        WHERE id = ANY($1::uuid[]) AND published_at IS NULL AND claimed_until IS NOT NULL`,
      [ids, leaseMs],
    );
  }

  async markPublished(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.bookkeeping(`UPDATE outbox_event SET published_at = now(), claimed_until = NULL, last_error = NULL WHERE id = ANY($1::uuid[])`, [
      ids,
    ]);
  }

  /**
   * Claims, publish marks and give-backs run as single statements on connections that commit
   * without waiting for the disk: if one is lost in a crash, the lease runs out and the rows are
   * published again, which the stream's duplicate window and the consumers' inboxes absorb. The
   * events themselves were written by the service's own durable commit.
   */
  private bookkeeping(sql: string, params: unknown[]): Promise<pg.QueryResult> {
    if (!this.bookkeepingPool) {
      this.bookkeepingPool = new pg.Pool({
        connectionString: (this.dataSource.options as { url: string }).url,
        max: 2,
        options: '-c synchronous_commit=off',
        application_name: 'civic-outbox-relay',
        allowExitOnIdle: true,
        connectionTimeoutMillis: 10_000,
      });
      // An idle connection the server cut (a restart, a stop) is dropped by the pool; the next
      // statement opens a new one or fails, and the relay backs off. Unlistened, it ends the process.
      this.bookkeepingPool.on('error', () => undefined);
    }
    return this.bookkeepingPool.query(sql, params);
  }

  async close(): Promise<void> {
    await this.bookkeepingPool?.end();
    this.bookkeepingPool = undefined;
  }

  /**
   * Sets aside a row the broker can never take: it counts as published, so later events of its
   * aggregate are not held behind it, and keeps its envelope and the reason for an operator.
   */
  async markUndeliverable(id: string, error: string): Promise<void> {
    await this.bookkeeping(
      `UPDATE outbox_event SET published_at = now(), claimed_until = NULL, last_error = $2 WHERE id = $1`,
      [id, `undeliverable: ${error}`.slice(0, 2000)],
    );
  }

  /** Gives rows back after a failed publish, to be tried again after `retryInMs`. */
  async release(ids: string[], error: string, retryInMs: number): Promise<void> {
    if (ids.length === 0) return;
    await this.bookkeeping(
      `UPDATE outbox_event
          SET claimed_until = NULL, last_error = $2, next_attempt_at = now() + $3 * interval '1 millisecond'
        WHERE id = ANY($1::uuid[])`,
      [ids, error.slice(0, 2000), retryInMs],
    );
  }

  async pending(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL`);
    return row.n;
  }

  /** Deletes published rows older than the retention window; returns how many. */
  async prunePublished(olderThanMs: number): Promise<number> {
    const result = await this.dataSource.query(
      `DELETE FROM outbox_event WHERE published_at < now() - $1 * interval '1 millisecond'`,
      [olderThanMs],
    );
    return Array.isArray(result) ? Number(result[1] ?? 0) : 0;
  }

  /** Marks retained, published events in a time range for publishing again (after a broker loss). */
  async replay(from: Date, to: Date): Promise<number> {
    const result = await this.dataSource.query(
      `UPDATE outbox_event SET published_at = NULL, next_attempt_at = NULL, claimed_until = NULL
        WHERE published_at IS NOT NULL AND created_at >= $1 AND created_at < $2`,
      [from, to],
    );
    return Array.isArray(result) ? Number(result[1] ?? 0) : 0;
  }
}

interface RawOutboxRow {
  seq: string;
  id: string;
  aggregate_id: string;
  subject: string;
  type: string;
  attempts: number;
  body: string;
  correlation_id: string;
  time: string;
}

function toClaimed(r: RawOutboxRow): ClaimedOutboxEvent {
  return {
    seq: String(r.seq),
    id: r.id,
    aggregateId: r.aggregate_id,
    subject: r.subject,
    type: r.type,
    attempts: r.attempts,
    body: r.body,
    correlationId: r.correlation_id,
    time: r.time,
  };
}

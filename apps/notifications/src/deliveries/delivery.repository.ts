import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Channel, DeliveryFilter } from '#libs/contracts';
import { Delivery } from './delivery.entity.js';
import { LIVE_ALERT_CHANNEL } from './live-alert-signal.js';

export interface PlannedDelivery {
  id: string;
  eventId: string;
  eventType: string;
  subscriptionId: string;
  subscriberId: string;
  channel: Channel;
  nextAttemptAt: Date;
}

/** A live alert joined with its event, for the stream. */
export interface LiveRow {
  position: string;
  deliveryId: string;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  time: Date;
  data: Record<string, unknown>;
}

const COLUMNS = `id, event_id AS "eventId", event_type AS "eventType", subscription_id AS "subscriptionId", subscriber_id AS "subscriberId",
  channel, status, attempts, last_error AS "lastError", next_attempt_at AS "nextAttemptAt", claimed_until AS "claimedUntil",
  retry_window_start AS "retryWindowStart", delivered_at AS "deliveredAt", stream_position AS "streamPosition",
  created_at AS "createdAt", updated_at AS "updatedAt"`;

/** A claimed delivery; `outcomeUnknown` when an earlier attempt may have reached the receiver unrecorded. */
export type ClaimedDelivery = Delivery & { outcomeUnknown?: boolean };

/** The only place that queries `delivery`. */
@Injectable()
export class DeliveryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Plans deliveries; the (event, subscription) constraint drops any already planned. Answers how many are new. */
  async plan(manager: EntityManager, rows: PlannedDelivery[], now: Date): Promise<number> {
    if (rows.length === 0) return 0;
    const inserted: unknown[] = await manager.query(
      `INSERT INTO delivery (id, event_id, event_type, subscription_id, subscriber_id, channel, status, next_attempt_at, created_at, updated_at)
       SELECT d.id, d.event_id, d.event_type, d.subscription_id, d.subscriber_id, d.channel, 'pending', d.next_attempt_at, $8, $8
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::uuid[], $6::text[], $7::timestamptz[])
         AS d(id, event_id, event_type, subscription_id, subscriber_id, channel, next_attempt_at)
       ON CONFLICT ON CONSTRAINT delivery_once DO NOTHING RETURNING id`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.eventId),
        rows.map((r) => r.eventType),
        rows.map((r) => r.subscriptionId),
        rows.map((r) => r.subscriberId),
        rows.map((r) => r.channel),
        rows.map((r) => r.nextAttemptAt),
        now,
      ],
    );
    return inserted.length;
  }

  /**
   * Takes due deliveries for this worker until `claimedUntil`: pending ones whose time has come, and
   * ones another worker claimed and never finished (it crashed). Replicas skip each other's rows.
   */
  async claimDue(now: Date, claimedUntil: Date, limit: number, channels: 'messages' | 'digests'): Promise<ClaimedDelivery[]> {
    const digest = channels === 'digests' ? '' : 'NOT';
    // A row still 'sending' when claimed was sent by a worker that stopped before recording the outcome.
    const [rows] = await this.dataSource.query(
      `WITH due AS (
         SELECT id AS due_id, status AS was FROM delivery
          WHERE status IN ('pending', 'sending') AND next_attempt_at <= $1 AND ${digest} (channel LIKE 'digest%')
          ORDER BY next_attempt_at
          LIMIT $3
          FOR UPDATE SKIP LOCKED)
       UPDATE delivery d
          SET status = 'sending', claimed_until = $2, next_attempt_at = $2, attempts = d.attempts + 1,
              retry_window_start = coalesce(d.retry_window_start, $1), updated_at = $1
         FROM due
        WHERE d.id = due.due_id
        RETURNING ${COLUMNS}, due.was = 'sending' AS "outcomeUnknown"`,
      [now, claimedUntil, limit],
    );
    return (rows as ClaimedDelivery[]) ?? [];
  }

  /** Due digest deliveries of one subscriber, locked for the caller's transaction. */
  async lockDigest(manager: EntityManager, subscriberId: string, now: Date): Promise<Delivery[]> {
    return manager.query(
      `SELECT ${COLUMNS} FROM delivery
        WHERE subscriber_id = $1 AND channel LIKE 'digest%' AND status IN ('pending', 'sending') AND next_attempt_at <= $2
        ORDER BY created_at, id FOR UPDATE SKIP LOCKED`,
      [subscriberId, now],
    );
  }

  /** Claims one pending row already locked by the caller's transaction (the rest of a digest). */
  async claimOne(manager: EntityManager, id: string, now: Date, claimedUntil: Date): Promise<Delivery | null> {
    const [rows] = await manager.query(
      `UPDATE delivery SET status = 'sending', claimed_until = $3, next_attempt_at = $3, attempts = attempts + 1,
              retry_window_start = coalesce(retry_window_start, $2), updated_at = $2
        WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, now, claimedUntil],
    );
    return (rows as Delivery[])[0] ?? null;
  }

  /**
   * Records the outcomes of claims in one statement; answers the ids recorded. A claim that was lost
   * (its lease ran out and another worker took it, so `attempts` moved on) is left alone.
   */
  async finishAll(
    manager: EntityManager,
    outcomes: Array<{ claim: Pick<Delivery, 'id' | 'attempts'>; status: 'delivered' | 'pending' | 'failed' | 'cancelled'; nextAttemptAt?: Date | null; error?: string | null }>,
    at: Date,
  ): Promise<Set<string>> {
    if (outcomes.length === 0) return new Set();
    const [rows] = await manager.query(
      `UPDATE delivery d SET status = o.status, updated_at = $6, claimed_until = NULL, next_attempt_at = o.next_attempt_at, last_error = o.error,
              delivered_at = CASE WHEN o.status = 'delivered' THEN $6 ELSE d.delivered_at END
         FROM unnest($1::uuid[], $2::int[], $3::text[], $4::timestamptz[], $5::text[]) AS o(id, attempts, status, next_attempt_at, error)
        WHERE d.id = o.id AND d.attempts = o.attempts AND d.status = 'sending'
        RETURNING d.id`,
      [
        outcomes.map((o) => o.claim.id),
        outcomes.map((o) => o.claim.attempts),
        outcomes.map((o) => o.status),
        outcomes.map((o) => o.nextAttemptAt ?? null),
        outcomes.map((o) => o.error ?? null),
        at,
      ],
    );
    return new Set((rows as Array<{ id: string }>).map((r) => r.id));
  }

  /**
   * Gives live deliveries their stream positions. The lock makes positions follow commit order, so
   * a reader that has seen position N never later finds a smaller one appear.
   */
  async assignStreamPositions(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('delivery_stream_position'))`);
    await manager.query(
      `UPDATE delivery SET stream_position = nextval('delivery_stream_position')
        WHERE id IN (SELECT id FROM delivery WHERE id = ANY($1::uuid[]) ORDER BY created_at, id)`,
      [ids],
    );
    // Delivered with the commit: every replica's waiting long polls for these subscribers read again.
    await manager.query(`SELECT pg_notify('${LIVE_ALERT_CHANNEL}', s::text) FROM (SELECT DISTINCT subscriber_id AS s FROM delivery WHERE id = ANY($1::uuid[])) AS d`, [ids]);
  }

  async liveAfter(subscriberId: string, after: number, limit: number): Promise<LiveRow[]> {
    return this.dataSource.query(
      `SELECT d.stream_position AS position, d.id AS "deliveryId", d.subscription_id AS "subscriptionId", d.event_id AS "eventId",
              d.event_type AS "eventType", a.time, a.data
         FROM delivery d JOIN alert a ON a.event_id = d.event_id
        WHERE d.subscriber_id = $1 AND d.stream_position > $2
        ORDER BY d.stream_position LIMIT $3`,
      [subscriberId, after, limit],
    );
  }

  /** Forgets finished deliveries last changed before `before`; answers how many. */
  async pruneFinished(before: Date): Promise<number> {
    const [, count] = await this.dataSource.query(
      `DELETE FROM delivery WHERE status IN ('delivered', 'failed', 'cancelled') AND updated_at < $1`,
      [before],
    );
    return Number(count);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Delivery | null> {
    return manager.findOneBy(Delivery, { id });
  }

  /** Staff put a failed delivery back in the queue with a fresh retry window. */
  async requeue(manager: EntityManager, id: string, now: Date): Promise<boolean> {
    const [, affected] = await manager.query(
      `UPDATE delivery SET status = 'pending', next_attempt_at = $2, retry_window_start = NULL, updated_at = $2
        WHERE id = $1 AND status = 'failed'`,
      [id, now],
    );
    return Number(affected) > 0;
  }

  /** Newest first. */
  list(filter: DeliveryFilter): Promise<Delivery[]> {
    const query = this.dataSource.getRepository(Delivery).createQueryBuilder('d').orderBy('d.created_at', 'DESC').addOrderBy('d.id', 'DESC');
    if (filter.status) query.andWhere('d.status = :status', { status: filter.status });
    if (filter.subscriptionId) query.andWhere('d.subscription_id = :subscriptionId', { subscriptionId: filter.subscriptionId });
    if (filter.eventId) query.andWhere('d.event_id = :eventId', { eventId: filter.eventId });
    return query.limit(filter.limit ?? 100).getMany();
  }
}

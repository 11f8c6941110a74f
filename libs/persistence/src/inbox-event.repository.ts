import type { DataSource, EntityManager } from 'typeorm';

/** The only place that queries `inbox_event`. */
export class InboxEventRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Records the event for the consumer; false when it was already recorded (a redelivery). */
  async record(manager: EntityManager, consumer: string, eventId: string, subject: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO inbox_event (consumer, event_id, subject) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [consumer, eventId, subject],
    );
    return rows.length === 1;
  }

  /** Records many events at once; returns the ids that were new. */
  async recordAll(manager: EntityManager, consumer: string, events: Array<{ eventId: string; subject: string }>): Promise<Set<string>> {
    const rows: Array<{ event_id: string }> = await manager.query(
      `INSERT INTO inbox_event (consumer, event_id, subject)
       SELECT $1, e.id, e.subject FROM unnest($2::uuid[], $3::text[]) AS e(id, subject)
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [consumer, events.map((e) => e.eventId), events.map((e) => e.subject)],
    );
    return new Set(rows.map((r) => r.event_id));
  }

  async count(consumer: string): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM inbox_event WHERE consumer = $1`, [consumer]);
    return row.n;
  }

  /** Forgets handled ids older than the retention window; returns how many. */
  async prune(olderThanMs: number): Promise<number> {
    const result = await this.dataSource.query(
      `DELETE FROM inbox_event WHERE handled_at < now() - $1 * interval '1 millisecond'`,
      [olderThanMs],
    );
    return Array.isArray(result) ? Number(result[1] ?? 0) : 0;
  }
}

import type { DataSource, EntityManager } from 'typeorm';

/** The only place that queries `inbox_event`. */
export class InboxEventRepository {
  constructor(private readonly dataSource: DataSource) {}

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

  /** Forgets handled ids older than the retention window; returns how many. */
  async prune(olderThanMs: number): Promise<number> {
    const result = await this.dataSource.query(
      `DELETE FROM inbox_event WHERE handled_at < now() - $1 * interval '1 millisecond'`,
      [olderThanMs],
    );
    return Array.isArray(result) ? Number(result[1] ?? 0) : 0;
  }
}

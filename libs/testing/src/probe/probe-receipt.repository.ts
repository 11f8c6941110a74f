import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ProbeReceipt } from './probe-receipt.entity.js';

export interface ReceiptSummary {
  rows: number;
  distinctEvents: number;
  maxPerEvent: number;
  byReplica: Record<string, number>;
}

@Injectable()
export class ProbeReceiptRepository {
  constructor(private readonly dataSource: DataSource) {}

  async add(manager: EntityManager, receipt: Pick<ProbeReceipt, 'eventId' | 'seq' | 'replica' | 'publishedAt'>): Promise<void> {
    await manager.query(`INSERT INTO probe_receipt (event_id, seq, replica, published_at) VALUES ($1, $2, $3, $4)`, [
      receipt.eventId,
      receipt.seq,
      receipt.replica,
      receipt.publishedAt,
    ]);
  }

  async summary(): Promise<ReceiptSummary> {
    const [totals] = await this.dataSource.query(
      `SELECT coalesce(sum(n), 0)::int AS rows, count(*)::int AS distinct_events, coalesce(max(n), 0)::int AS max_per_event
         FROM (SELECT count(*) AS n FROM probe_receipt GROUP BY event_id) per_event`,
    );
    const replicas: Array<{ replica: string; n: number }> = await this.dataSource.query(
      `SELECT replica, count(*)::int AS n FROM probe_receipt GROUP BY replica`,
    );
    return {
      rows: totals.rows,
      distinctEvents: totals.distinct_events,
      maxPerEvent: totals.max_per_event,
      byReplica: Object.fromEntries(replicas.map((r) => [r.replica, r.n])),
    };
  }

  async count(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM probe_receipt`);
    return row.n;
  }

  /** Sequence numbers in a range, in the order their handlers wrote them. */
  async handledOrder(fromSeq: number, toSeq: number): Promise<number[]> {
    const rows: Array<{ seq: number }> = await this.dataSource.query(
      `SELECT seq FROM probe_receipt WHERE seq BETWEEN $1 AND $2 ORDER BY id`,
      [fromSeq, toSeq],
    );
    return rows.map((r) => r.seq);
  }

  async clear(): Promise<void> {
    await this.dataSource.query(`TRUNCATE probe_receipt`);
  }

  /** End-to-end latencies (publish call to committed handler), in milliseconds. */
  async latenciesMs(): Promise<number[]> {
    const rows: Array<{ ms: number }> = await this.dataSource.query(
      `SELECT extract(epoch FROM (handled_at - published_at)) * 1000 AS ms FROM probe_receipt`,
    );
    return rows.map((r) => Number(r.ms));
  }
}

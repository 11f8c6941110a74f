import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Alert } from './alert.entity.js';

/** The only place that queries `alert`. */
@Injectable()
export class AlertRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores the alert once; a redelivered event leaves the first copy. */
  async keep(manager: EntityManager, alert: Alert): Promise<void> {
    await manager.query(
      `INSERT INTO alert (event_id, event_type, cloud_event_type, time, data, received_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (event_id) DO NOTHING`,
      [alert.eventId, alert.eventType, alert.cloudEventType, alert.time, JSON.stringify(alert.data), alert.receivedAt],
    );
  }

  async findByIds(ids: string[]): Promise<Map<string, Alert>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(Alert).findBy({ eventId: In([...new Set(ids)]) });
    return new Map(rows.map((a) => [a.eventId, a]));
  }

  /** Forgets alerts received before `before` that no delivery refers to any more. */
  async pruneUnreferenced(before: Date): Promise<number> {
    const [, count] = await this.dataSource.query(
      `DELETE FROM alert a WHERE a.received_at < $1 AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.event_id = a.event_id)`,
      [before],
    );
    return Number(count);
  }
}

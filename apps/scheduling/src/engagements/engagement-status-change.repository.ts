import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EngagementStatusChange } from './engagement-status-change.entity.js';

/** The only place that queries `engagement_status_change`. */
@Injectable()
export class EngagementStatusChangeRepository {
  async record(manager: EntityManager, changes: Array<Omit<EngagementStatusChange, 'id'>>): Promise<void> {
    if (changes.length === 0) return;
    await manager.insert(EngagementStatusChange, changes);
  }

  /** Oldest first. */
  async of(manager: EntityManager, engagementId: string): Promise<EngagementStatusChange[]> {
    return manager.find(EngagementStatusChange, { where: { engagementId }, order: { changedAt: 'ASC', id: 'ASC' } });
  }
}

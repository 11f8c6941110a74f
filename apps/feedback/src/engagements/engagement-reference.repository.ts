import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, LessThan, type EntityManager } from 'typeorm';
import { EngagementReference } from './engagement-reference.entity.js';

export interface OverdueCriteria {
  bureau: string | null;
  from: Date | null;
  to: Date | null;
}

/** The only place that queries `engagement_reference`. */
@Injectable()
export class EngagementReferenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  async lock(manager: EntityManager, id: string): Promise<EngagementReference | null> {
    return manager.findOne(EngagementReference, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async save(manager: EntityManager, engagement: EngagementReference): Promise<void> {
    await manager.save(EngagementReference, engagement);
  }

  /** The bureau of each of these engagements that feedback knows, by id. */
  async bureausOf(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.find(EngagementReference, { select: { id: true, bureau: true }, where: { id: In(ids) } });
    return new Map(rows.map((e) => [e.id, e.bureau]));
  }

  /** Engagements held before `heldBefore` that have not reported back: the candidates for an overdue notice. */
  async unreportedHeldBefore(heldBefore: Date): Promise<EngagementReference[]> {
    return this.dataSource.getRepository(EngagementReference).find({ where: { heldAt: LessThan(heldBefore), reportBackAt: IsNull() }, order: { heldAt: 'ASC', id: 'ASC' } });
  }

  /**
   * Held (or closed) engagements held before `heldBefore` without a report-back, held longest ago first: the
   * overdue ones, by the rule of `overdueNoticeDue`, with what the list asks.
   */
  async overdue(heldBefore: Date, criteria: OverdueCriteria, after: { heldAt: Date; id: string } | null, limit: number): Promise<EngagementReference[]> {
    const query = this.dataSource
      .getRepository(EngagementReference)
      .createQueryBuilder('e')
      .where(`e.status IN ('held', 'closed') AND e.report_back_at IS NULL AND e.held_at < :heldBefore`, { heldBefore });
    if (criteria.bureau) query.andWhere('e.bureau = :bureau', { bureau: criteria.bureau });
    if (criteria.from) query.andWhere('e.held_at >= :from', { from: criteria.from });
    if (criteria.to) query.andWhere('e.held_at < :to', { to: criteria.to });
    if (after) query.andWhere('(e.held_at, e.id) > (:afterHeld, :afterId)', { afterHeld: after.heldAt, afterId: after.id });
    return query.orderBy('e.held_at', 'ASC').addOrderBy('e.id', 'ASC').limit(limit).getMany();
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, LessThan, type EntityManager } from 'typeorm';
import { EngagementReference, ReportBack } from './engagement-reference.entity.js';

export interface OverdueCriteria {
  bureau: string | null;
  from: Date | null;
  to: Date | null;
}

/** The only place that queries `engagement_reference` and `report_back`. */
@Injectable()
export class ReportBackRepository {
  constructor(private readonly dataSource: DataSource) {}

  async lockEngagement(manager: EntityManager, id: string): Promise<EngagementReference | null> {
    return manager.findOne(EngagementReference, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async saveEngagement(manager: EntityManager, engagement: EngagementReference): Promise<void> {
    await manager.save(EngagementReference, engagement);
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

  async insertReportBack(manager: EntityManager, reportBack: ReportBack): Promise<void> {
    await manager.insert(ReportBack, reportBack);
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, LessThan, type EntityManager } from 'typeorm';
import { EngagementReference, ReportBack } from './engagement-reference.entity.js';

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

  async insertReportBack(manager: EntityManager, reportBack: ReportBack): Promise<void> {
    await manager.insert(ReportBack, reportBack);
  }
}

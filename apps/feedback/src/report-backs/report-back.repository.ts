import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReportBack } from './report-back.entity.js';

/** The only place that queries `report_back`. */
@Injectable()
export class ReportBackRepository {
  async insert(manager: EntityManager, reportBack: ReportBack): Promise<void> {
    await manager.insert(ReportBack, reportBack);
  }
}

import { Injectable } from '@nestjs/common';
import { FeedbackQueries, type OverdueReportBackPage, type OverdueReportBackQuery, type ReportBackView } from '#libs/contracts';
import { QueryClient } from '#libs/messaging';
import type { ReportBackBody } from './report-back.dto.js';

/** Report-backs are published by the feedback service; the gateway asks it and passes its answer (or refusal) on. */
@Injectable()
export class ReportBacksService {
  constructor(private readonly queries: QueryClient) {}

  overdue(query: OverdueReportBackQuery): Promise<OverdueReportBackPage> {
    return this.queries.ask(FeedbackQueries.listOverdueReportBacks, query);
  }

  publish(engagementId: string, body: ReportBackBody, bureau: string | null): Promise<ReportBackView> {
    return this.queries.ask<ReportBackView>(FeedbackQueries.publishReportBack, { engagementId, ...body, ...(bureau ? { bureau } : {}) });
  }
}

import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { FeedbackQueries, OverdueReportBackQuery, PublishReportBackRequest, type OverdueReportBackPage, type ReportBackView } from '#libs/contracts';
import { validatedQuery } from '#libs/messaging';
import { ReportBackService } from './report-back.service.js';

/** Report-backs are published on request; the overdue ones are listed. */
@Controller()
export class ReportBackHandlers {
  constructor(private readonly reportBacks: ReportBackService) {}

  @MessagePattern(FeedbackQueries.publishReportBack)
  async publish(@Payload() body: unknown): Promise<ReportBackView> {
    return this.reportBacks.publish(await validatedQuery(PublishReportBackRequest, body));
  }

  @MessagePattern(FeedbackQueries.listOverdueReportBacks)
  async overdue(@Payload() body: unknown): Promise<OverdueReportBackPage> {
    return this.reportBacks.overdue(await validatedQuery(OverdueReportBackQuery, body));
  }
}

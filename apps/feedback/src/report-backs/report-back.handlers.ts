import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
import { EngagementChangedV1, Events, FeedbackQueries, OverdueReportBackQuery, PublishReportBackRequest, type OverdueReportBackPage, type ReportBackView } from '#libs/contracts';
import { EventContext, validatedQuery } from '#libs/messaging';
import { ReportBackService } from './report-back.service.js';

/** Engagement events keep feedback's copy of engagements; report-backs are published on request. */
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

  @EventPattern<string>(Events.EngagementScheduled.subject)
  scheduled(@Payload() event: EngagementChangedV1, @Ctx() ctx: EventContext): Promise<void> {
    return this.reportBacks.applyEngagement(ctx.manager, event);
  }

  @EventPattern<string>(Events.EngagementUpdated.subject)
  updated(@Payload() event: EngagementChangedV1, @Ctx() ctx: EventContext): Promise<void> {
    return this.reportBacks.applyEngagement(ctx.manager, event);
  }

  @EventPattern<string>(Events.EngagementCancelled.subject)
  cancelled(@Payload() event: EngagementChangedV1, @Ctx() ctx: EventContext): Promise<void> {
    return this.reportBacks.applyEngagement(ctx.manager, event);
  }

  @EventPattern<string>(Events.EngagementPostponed.subject)
  postponed(@Payload() event: EngagementChangedV1, @Ctx() ctx: EventContext): Promise<void> {
    return this.reportBacks.applyEngagement(ctx.manager, event);
  }

  @EventPattern<string>(Events.EngagementHeld.subject)
  held(@Payload() event: EngagementChangedV1, @Ctx() ctx: EventContext): Promise<void> {
    return this.reportBacks.applyEngagement(ctx.manager, event);
  }
}

import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
import {
  BUREAU_CODE,
  Events,
  FeedbackQueries,
  GetCommentRequest,
  ImportCommentsRequest,
  SubmitCommentsRequest,
  type CommentRecord,
  type FeedbackIntakeV1,
  type ImportCommentsResponse,
  type SubmitCommentsResponse,
} from '#libs/contracts';
import { EventContext, validatedQuery } from '#libs/messaging';
import { CommentService } from './comment.service.js';

@Controller()
export class CommentHandlers {
  constructor(private readonly comments: CommentService) {}

  @MessagePattern(FeedbackQueries.submitComments)
  async submit(@Payload() body: unknown): Promise<SubmitCommentsResponse> {
    return this.comments.submit(await validatedQuery(SubmitCommentsRequest, body));
  }

  @MessagePattern(FeedbackQueries.importComments)
  async import(@Payload() body: unknown): Promise<ImportCommentsResponse> {
    return this.comments.import(await validatedQuery(ImportCommentsRequest, body));
  }

  @MessagePattern(FeedbackQueries.getComment)
  async get(@Payload() body: unknown): Promise<CommentRecord> {
    return this.comments.get(await validatedQuery(GetCommentRequest, body));
  }

  /**
   * Bureaus publish on `civic.intake.feedback.<bureau>`. The subject names the bureau (NATS permissions can hold a
   * bureau to its own subject); an envelope `bureau` extension, when given, must agree with it. The bureau files as
   * a bureau key does: only under its own engagements that feedback knows. A refused event is retried (an engagement
   * published a moment ago gets the time to arrive), then dead-lettered with the reason.
   */
  @EventPattern<string>(Events.FeedbackIntake.subject)
  async intake(@Payload() event: FeedbackIntakeV1, @Ctx() ctx: EventContext): Promise<void> {
    const bureau = ctx.subject.split('.').at(-1) ?? '';
    if (!BUREAU_CODE.test(bureau)) throw new Error(`subject: feedback intake goes to civic.intake.feedback.<bureau code>, e.g. civic.intake.feedback.PBOT, not ${ctx.subject}`);
    if (ctx.envelope.bureau !== undefined && ctx.envelope.bureau !== bureau) throw new Error(`bureau: the envelope names bureau ${ctx.envelope.bureau} but was published on the subject of ${bureau}`);
    if (event.comments.length === 0) return;
    await this.comments.store(ctx.manager, { bureau, staff: false, channel: 'nats', comments: event.comments });
  }
}

import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
import {
  BUREAU_SUBJECT_TOKEN,
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
import { UploadService } from '../uploads/upload.service.js';
import { CommentService } from './comment.service.js';

@Controller()
export class CommentHandlers {
  constructor(
    private readonly comments: CommentService,
    private readonly uploads: UploadService,
  ) {}

  @MessagePattern(FeedbackQueries.submitComments)
  async submit(@Payload() body: unknown): Promise<SubmitCommentsResponse> {
    return this.comments.submit(await validatedQuery(SubmitCommentsRequest, await this.uploads.bodyOf(body)));
  }

  @MessagePattern(FeedbackQueries.importComments)
  async import(@Payload() body: unknown): Promise<ImportCommentsResponse> {
    return this.comments.import(await validatedQuery(ImportCommentsRequest, await this.uploads.bodyOf(body)));
  }

  @MessagePattern(FeedbackQueries.getComment)
  async get(@Payload() body: unknown): Promise<CommentRecord> {
    return this.comments.get(await validatedQuery(GetCommentRequest, body));
  }

  /** Bureaus publish on `civic.intake.feedback.<bureau>` with a CloudEvents envelope whose `bureau` names them. */
  @EventPattern<string>(Events.FeedbackIntake.subject)
  async intake(@Payload() event: FeedbackIntakeV1, @Ctx() ctx: EventContext): Promise<void> {
    const bureau = ctx.envelope.bureau;
    if (!bureau || !BUREAU_SUBJECT_TOKEN.test(bureau)) throw new Error('feedback intake envelope needs a bureau extension with the bureau code, e.g. PBOT');
    if (event.comments.length === 0) return;
    await this.comments.store(ctx.manager, bureau, 'nats', event.comments);
  }
}

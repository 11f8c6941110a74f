import { Injectable } from '@nestjs/common';
import {
  FeedbackQueries,
  type CommentInput,
  type CommentRecord,
  type ImportCommentsRequest,
  type ImportCommentsResponse,
  type SubmitCommentsResponse,
} from '#libs/contracts';
import type { Principal } from '#libs/auth';
import { QueryClient, QueryFailedError } from '#libs/messaging';

/** Comments live in the feedback service; the gateway asks it and passes its answer (or refusal) on. */
@Injectable()
export class CommentsService {
  constructor(private readonly queries: QueryClient) {}

  /** Files comments for `bureau`; the caller's role decides under which bureaus' engagements. */
  submit(principal: Principal, bureau: string, comments: CommentInput[], idempotencyKey: string | undefined): Promise<SubmitCommentsResponse> {
    return this.queries.ask<SubmitCommentsResponse>(FeedbackQueries.submitComments, { bureau, role: principal.role, channel: 'http', comments, idempotencyKey });
  }

  /** One comment goes to feedback as a batch of one; its refusals name the fields of the body it came in. */
  async submitOne(principal: Principal, bureau: string, comment: CommentInput, idempotencyKey: string | undefined): Promise<SubmitCommentsResponse> {
    try {
      return await this.submit(principal, bureau, [comment], idempotencyKey);
    } catch (err) {
      if (!(err instanceof QueryFailedError) || !err.errors) throw err;
      throw new QueryFailedError(err.pattern, err.message, err.status, err.errors.map((e) => ({ ...e, field: e.field.replace(/^comments\.0\./, '') })));
    }
  }

  import(request: ImportCommentsRequest): Promise<ImportCommentsResponse> {
    return this.queries.ask<ImportCommentsResponse>(FeedbackQueries.importComments, request);
  }

  get(id: string, includePersonalData: boolean, bureau: string | null): Promise<CommentRecord> {
    return this.queries.ask<CommentRecord>(FeedbackQueries.getComment, { id, includePersonalData, ...(bureau ? { bureau } : {}) });
  }
}

import { Injectable } from '@nestjs/common';
import {
  FeedbackQueries,
  type CommentInput,
  type CommentRecord,
  type ImportCommentsRequest,
  type ImportCommentsResponse,
  type SubmitCommentsResponse,
} from '#libs/contracts';
import { QueryClient } from '#libs/messaging';

/** Comments live in the feedback service; the gateway asks it and passes its answer (or refusal) on. */
@Injectable()
export class CommentsService {
  constructor(private readonly queries: QueryClient) {}

  submit(bureau: string, comments: CommentInput[]): Promise<SubmitCommentsResponse> {
    return this.queries.ask<SubmitCommentsResponse>(FeedbackQueries.submitComments, { bureau, channel: 'http', comments });
  }

  import(request: ImportCommentsRequest): Promise<ImportCommentsResponse> {
    return this.queries.ask<ImportCommentsResponse>(FeedbackQueries.importComments, request);
  }

  get(id: string, includePersonalData: boolean, bureau: string | null): Promise<CommentRecord> {
    return this.queries.ask<CommentRecord>(FeedbackQueries.getComment, { id, includePersonalData, ...(bureau ? { bureau } : {}) });
  }
}

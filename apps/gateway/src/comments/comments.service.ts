import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import {
  FeedbackQueries,
  UPLOAD_PART_CHARACTERS,
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
    return this.askWhole<SubmitCommentsResponse>(FeedbackQueries.submitComments, { bureau, role: principal.role, channel: 'http', comments, idempotencyKey });
  }

  /** One comment goes to feedback as a batch of one; its refusals name the fields of the body it came in. */
  async submitOne(principal: Principal, bureau: string, comment: CommentInput, idempotencyKey: string | undefined): Promise<SubmitCommentsResponse> {
    try {
      return await this.submit(principal, bureau, [comment], idempotencyKey);
    } catch (err) {
      if (!(err instanceof QueryFailedError) || !err.errors) throw err;
      throw new QueryFailedError(err.pattern, err.message, err.status, err.errors.map((line) => line.replace(/^comments\.0\./, '')));
    }
  }

  import(request: ImportCommentsRequest): Promise<ImportCommentsResponse> {
    return this.askWhole<ImportCommentsResponse>(FeedbackQueries.importComments, request);
  }

  get(id: string, includePersonalData: boolean, bureau: string | null): Promise<CommentRecord> {
    return this.queries.ask<CommentRecord>(FeedbackQueries.getComment, { id, includePersonalData, ...(bureau ? { bureau } : {}) });
  }

  /** A request larger than a NATS message goes as parts, then as a reference to them; the service handles it whole. */
  private async askWhole<T>(pattern: string, body: object): Promise<T> {
    const text = JSON.stringify(body);
    if (text.length <= UPLOAD_PART_CHARACTERS) return this.queries.ask<T>(pattern, body);
    const uploadId = uuidv7();
    const parts: string[] = [];
    for (let at = 0; at < text.length; at += UPLOAD_PART_CHARACTERS) parts.push(text.slice(at, at + UPLOAD_PART_CHARACTERS));
    for (const [index, part] of parts.entries()) await this.queries.ask(FeedbackQueries.uploadPart, { uploadId, index, text: part });
    return this.queries.ask<T>(pattern, { upload: { uploadId, parts: parts.length } });
  }
}

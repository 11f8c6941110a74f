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
import { QueryClient } from '#libs/messaging';

/** Comments live in the feedback service; the gateway asks it and passes its answer (or refusal) on. */
@Injectable()
export class CommentsService {
  constructor(private readonly queries: QueryClient) {}

  submit(bureau: string, comments: CommentInput[], idempotencyKey: string | undefined): Promise<SubmitCommentsResponse> {
    return this.askWhole<SubmitCommentsResponse>(FeedbackQueries.submitComments, { bureau, channel: 'http', comments, idempotencyKey });
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

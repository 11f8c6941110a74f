import { Injectable } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { DataSource, type EntityManager } from 'typeorm';
import {
  Events,
  fieldError,
  type CommentInput,
  type CommentRecord,
  type CommentSource,
  type GetCommentRequest,
  type ImportCommentsRequest,
  type ImportCommentsResponse,
  type SubmitCommentsRequest,
  type SubmitCommentsResponse,
} from '#libs/contracts';
import { badRequest, Outbox } from '#libs/messaging';
import { CsvFileProblem, parseCommentCsv } from './comment-csv.js';
import { commentFrom, newBatchId, recordOf } from './comment-intake.js';
import type { Comment } from './comment.entity.js';
import { CommentRepository } from './comment.repository.js';
import { PlaceDirectory } from '../places/place-directory.js';

@Injectable()
export class CommentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly comments: CommentRepository,
    private readonly places: PlaceDirectory,
    private readonly outbox: Outbox,
  ) {}

  /** Stores a batch and its one `feedback.received` event in one transaction. */
  async submit(request: SubmitCommentsRequest): Promise<SubmitCommentsResponse> {
    return this.dataSource.transaction((manager) => this.store(manager, request.bureau, request.channel, request.comments));
  }

  /** The same, inside a transaction the caller already holds (an intake event's inbox transaction). */
  async store(manager: EntityManager, bureau: string, channel: 'http' | 'import' | 'nats', inputs: CommentInput[], defaults: { source?: CommentSource; engagementId?: string } = {}): Promise<SubmitCommentsResponse> {
    const resolve = await this.places.resolver();
    const batchId = newBatchId();
    const receivedAt = new Date();
    const rows = inputs.map((input) => commentFrom(input, { bureau, batchId, receivedAt, defaultSource: defaults.source, engagementId: defaults.engagementId }, resolve));
    await this.comments.insertAll(manager, rows);
    await this.outbox.publish(manager, { contract: Events.FeedbackReceived, aggregateId: batchId, bureau, data: receivedEvent(batchId, bureau, channel, rows, receivedAt) });
    return {
      batchId,
      accepted: rows.length,
      comments: rows.map((c) => ({ id: c.id, language: c.language, neighborhood: c.neighborhood, councilDistrict: c.councilDistrict })),
    };
  }

  /** Reads a CSV; a dry run reports what would be imported, a real run imports every row or, when any row is bad, none. */
  async import(request: ImportCommentsRequest): Promise<ImportCommentsResponse> {
    let parsed;
    try {
      parsed = parseCommentCsv(request.csv, request.mapping);
    } catch (err) {
      if (err instanceof CsvFileProblem) throw badRequest([fieldError('csv', 'isCsv', err.message)]);
      throw err;
    }
    const summary = { dryRun: request.dryRun, rows: parsed.total, valid: parsed.rows.length, problems: parsed.problems };
    if (request.dryRun) {
      const resolve = await this.places.resolver();
      const context = { bureau: request.bureau, batchId: newBatchId(), receivedAt: new Date(), defaultSource: request.source, engagementId: request.engagementId };
      const preview = parsed.rows.map(({ row, input }) => {
        const c = commentFrom(input, context, resolve);
        return { row, text: c.redactedText, language: c.language, source: c.source };
      });
      return { ...summary, preview };
    }
    if (parsed.problems.length > 0) {
      const errors = parsed.problems.flatMap((p) => p.problems.map((m) => fieldError(`row ${p.row}`, 'isValidComment', m)));
      throw badRequest(errors, `${parsed.problems.length} of ${parsed.total} rows have problems; nothing was imported`);
    }
    const stored = await this.dataSource.transaction((manager) =>
      this.store(manager, request.bureau, 'import', parsed.rows.map((r) => r.input), { source: request.source, engagementId: request.engagementId }),
    );
    return { ...summary, batchId: stored.batchId };
  }

  async get(request: GetCommentRequest): Promise<CommentRecord> {
    const comment = await this.comments.findById(request.id);
    // A bureau key sees only its own bureau's comments; others are as good as absent.
    if (!comment || (request.bureau && comment.bureau !== request.bureau)) throw new RpcException({ status: 404, message: `comment ${request.id} not found` });
    return recordOf(comment, request.includePersonalData);
  }
}

function receivedEvent(batchId: string, bureau: string, channel: 'http' | 'import' | 'nats', rows: Comment[], receivedAt: Date) {
  const languages: Record<string, number> = {};
  for (const c of rows) languages[c.language] = (languages[c.language] ?? 0) + 1;
  const distinct = <T>(values: (T | null)[]) => [...new Set(values.filter((v): v is T => v !== null))].sort();
  return {
    batchId,
    bureau,
    channel,
    count: rows.length,
    engagementIds: distinct(rows.map((c) => c.engagementId)),
    sources: distinct(rows.map((c) => c.source)),
    languages,
    receivedAt: receivedAt.toISOString(),
    scope: { bureaus: [bureau], councilDistricts: distinct(rows.map((c) => c.councilDistrict)), organizationIds: [], severity: 'info' as const },
  };
}

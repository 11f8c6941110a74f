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
import { badRequest, Outbox, refusal as refusalOf } from '#libs/messaging';
import { fingerprintOf, IdempotencyRepository } from '#libs/persistence';
import { CsvFileProblem, parseCommentCsv } from './comment-csv.js';
import { commentFrom, inCommentsArray, newBatchId, recordOf, repeatedExternalIds, type CommentLocator } from './comment-intake.js';
import type { Comment } from './comment.entity.js';
import { CommentRepository } from './comment.repository.js';
import { EngagementReferenceRepository } from '../engagements/engagement-reference.repository.js';
import { PlaceDirectory } from '../places/place-directory.js';
import { filingRefusal, type NamedEngagement } from './engagement-filing.js';

/** One batch of comments from one bureau, as HTTP, a CSV import or a bus event hands it in. */
export interface CommentBatch {
  bureau: string;
  /** True when a coordinator or admin files (under any bureau's engagements); false for the bureau itself. */
  staff: boolean;
  channel: 'http' | 'import' | 'nats';
  comments: CommentInput[];
  /** Where each comment sits in the request (`comments.N` unless given). */
  at?: CommentLocator;
  /** Values for comments that give none (a CSV import's query). */
  defaults?: { source?: CommentSource; engagementId?: string };
}

@Injectable()
export class CommentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly comments: CommentRepository,
    private readonly engagements: EngagementReferenceRepository,
    private readonly idempotency: IdempotencyRepository,
    private readonly places: PlaceDirectory,
    private readonly outbox: Outbox,
  ) {}

  /** Stores a batch and its one `feedback.received` event in one transaction. */
  async submit(request: SubmitCommentsRequest): Promise<SubmitCommentsResponse> {
    const { bureau, channel, comments } = request;
    const staff = request.role !== 'bureau';
    return this.once(bureau, request.idempotencyKey, { submit: { channel, comments } }, 201, (manager) => this.store(manager, { bureau, staff, channel, comments }));
  }

  /**
   * The same, inside a transaction the caller already holds (an intake event's inbox transaction). A comment whose
   * externalId the bureau already handed in is not stored again: the answer names it, with the stored comment's id.
   */
  async store(manager: EntityManager, batch: CommentBatch): Promise<SubmitCommentsResponse> {
    const at = batch.at ?? inCommentsArray;
    const repeated = repeatedExternalIds(batch.comments, at);
    if (repeated.length > 0) throw badRequest(repeated.map((p) => fieldError(at.field(p.index, p.field), 'unique', p.message)));
    await this.mayFile(manager, batch);
    const resolve = await this.places.resolver(manager);
    const batchId = newBatchId();
    const receivedAt = new Date();
    const context = { bureau: batch.bureau, batchId, receivedAt, defaultSource: batch.defaults?.source, engagementId: batch.defaults?.engagementId };
    const rows = batch.comments.map((input) => commentFrom(input, context, resolve));
    const inserted = await this.comments.insertAll(manager, rows);
    const fresh = rows.filter((c) => inserted.has(c.id));
    const held = await this.comments.findByExternalIds(manager, batch.bureau, rows.filter((c) => !inserted.has(c.id)).map((c) => c.externalId!));
    const heldByExternalId = new Map(held.map((c) => [c.externalId, c]));
    if (fresh.length > 0) {
      await this.outbox.publish(manager, { contract: Events.FeedbackReceived, aggregateId: batchId, bureau: batch.bureau, data: receivedEvent(batchId, batch.bureau, batch.channel, fresh, receivedAt) });
    }
    return {
      batchId,
      accepted: fresh.length,
      alreadyStored: rows.length - fresh.length,
      comments: rows.map((row) => {
        const c = inserted.has(row.id) ? row : heldByExternalId.get(row.externalId)!;
        return { id: c.id, language: c.language, neighborhood: c.neighborhood, councilDistrict: c.councilDistrict, alreadyStored: c !== row };
      }),
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
    const inputs = parsed.rows.map((r) => r.input);
    const at: CommentLocator = { item: (i) => `row ${parsed.rows[i].row}`, field: (i, name) => `row ${parsed.rows[i].row}.${name}` };
    const { bureau, csv, mapping, source, engagementId } = request;
    const batch: CommentBatch = { bureau, staff: request.role !== 'bureau', channel: 'import', comments: inputs, at, defaults: { source, engagementId } };
    if (request.dryRun) {
      const manager = this.dataSource.manager;
      await this.mayFile(manager, batch);
      const resolve = await this.places.resolver(manager);
      const externalIds = inputs.flatMap((input) => (input.externalId === undefined ? [] : [input.externalId]));
      const held = new Set((await this.comments.findByExternalIds(manager, request.bureau, externalIds)).map((c) => c.externalId));
      const context = { bureau: request.bureau, batchId: newBatchId(), receivedAt: new Date(), defaultSource: request.source, engagementId: request.engagementId };
      const preview = parsed.rows.map(({ row, input }) => {
        const c = commentFrom(input, context, resolve);
        return { row, text: c.redactedText, language: c.language, source: c.source, alreadyStored: held.has(c.externalId) };
      });
      return { ...summary, problems: [...summary.problems, ...repeatedExternalIds(inputs, at).map((p) => ({ row: parsed.rows[p.index].row, problems: [`${p.field}: ${p.message}`] }))].sort((a, b) => a.row - b.row), preview };
    }
    if (parsed.problems.length > 0) {
      const errors = parsed.problems.flatMap((p) => p.problems.map((m) => fieldError(`row ${p.row}`, 'isValidComment', m)));
      throw badRequest(errors, `${parsed.problems.length} of ${parsed.total} rows have problems; nothing was imported`);
    }
    return this.once(bureau, request.idempotencyKey, { import: { csv, mapping, source, engagementId } }, 200, async (manager) => {
      const stored = await this.store(manager, batch);
      const alreadyStored = stored.comments.flatMap((c, i) => (c.alreadyStored ? [{ row: parsed.rows[i].row, externalId: inputs[i].externalId!, id: c.id }] : []));
      return { ...summary, batchId: stored.batchId, imported: stored.accepted, alreadyStored };
    });
  }

  /** Refuses a batch naming an engagement feedback does not know, or, for a bureau, another bureau's (`filingRefusal`). */
  private async mayFile(manager: EntityManager, batch: CommentBatch): Promise<void> {
    const at = batch.at ?? inCommentsArray;
    const named = batch.comments.flatMap((input, i): NamedEngagement[] => {
      if (input.engagementId !== undefined) return [{ field: at.field(i, 'engagementId'), engagementId: input.engagementId }];
      const given = batch.defaults?.engagementId;
      return given === undefined ? [] : [{ field: 'engagementId', engagementId: given }];
    });
    if (named.length === 0) return;
    const known = await this.engagements.bureausOf(manager, [...new Set(named.map((n) => n.engagementId))]);
    const refusal = filingRefusal(named, known, { bureau: batch.bureau, staff: batch.staff });
    if (refusal) throw refusalOf(refusal.status, refusal.problems);
  }

  /**
   * Runs `work` in one transaction. Under an Idempotency-Key (the bureau's own) its answer is kept in that
   * transaction, and a repeat of the key gets that answer without running again: a retry after a lost or late answer
   * stores nothing twice. The same key with another request is refused.
   */
  private once<T>(bureau: string, key: string | undefined, request: object, status: number, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      if (!key) return work(manager);
      const scope = `comments:${bureau}`;
      const fingerprint = fingerprintOf(request);
      const stored = await this.idempotency.find(manager, scope, key);
      if (stored?.fingerprint === fingerprint) return stored.body as T;
      if (stored) {
        throw refusalOf(422, [fieldError('Idempotency-Key', 'freshIdempotencyKey', `Idempotency-Key "${key}" was already used by ${bureau} for a different request; use a new key for a new request`)]);
      }
      const reply = await work(manager);
      await this.idempotency.save(manager, scope, key, { fingerprint, status, body: reply });
      return reply;
    });
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

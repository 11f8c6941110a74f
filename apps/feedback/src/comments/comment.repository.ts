import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Comment } from './comment.entity.js';

/** What a synthesis covers; every part is optional and they combine with AND. */
export interface CommentScope {
  engagementIds?: string[];
  bureau?: string;
  councilDistrict?: string;
  from?: Date;
  to?: Date;
}

function compareExternalIds(a: string | null, b: string | null): number {
  return a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
}

/** The only place that queries `comment`. */
@Injectable()
export class CommentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Inserts a whole batch in one statement (one array per column), inside the caller's transaction. A comment whose
   * (bureau, externalId) is already stored is skipped; returns the ids of those inserted.
   */
  async insertAll(manager: EntityManager, comments: Comment[]): Promise<Set<string>> {
    if (comments.length === 0) return new Set();
    // In one order of externalId, two batches that share some wait for each other instead of deadlocking.
    const ordered = [...comments].sort((a, b) => compareExternalIds(a.externalId, b.externalId));
    const column = <T>(pick: (c: Comment) => T) => ordered.map(pick);
    const rows = await manager.query<Array<{ id: string }>>(
      `INSERT INTO comment (id, bureau, engagement_id, source, redacted_text, original_text, language, language_detected, submitted_at,
                            lat, lon, neighborhood, council_district, demographics, external_id, batch_id, received_at)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[], $9::timestamptz[],
                            $10::float8[], $11::float8[], $12::text[], $13::text[], $14::jsonb[], $15::text[], $16::uuid[], $17::timestamptz[])
       ON CONFLICT (bureau, external_id) WHERE external_id IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        column((c) => c.id),
        column((c) => c.bureau),
        column((c) => c.engagementId),
        column((c) => c.source),
        column((c) => c.redactedText),
        column((c) => c.originalText),
        column((c) => c.language),
        column((c) => c.languageDetected),
        column((c) => c.submittedAt),
        column((c) => c.lat),
        column((c) => c.lon),
        column((c) => c.neighborhood),
        column((c) => c.councilDistrict),
        column((c) => (c.demographics ? JSON.stringify(c.demographics) : null)),
        column((c) => c.externalId),
        column((c) => c.batchId),
        column((c) => c.receivedAt),
      ],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** The bureau's stored comments with these externalIds. */
  async findByExternalIds(manager: EntityManager, bureau: string, externalIds: string[]): Promise<Comment[]> {
    if (externalIds.length === 0) return [];
    return manager.getRepository(Comment).createQueryBuilder('c').where('c.bureau = :bureau AND c.external_id = ANY(:externalIds)', { bureau, externalIds }).getMany();
  }

  async findById(id: string): Promise<Comment | null> {
    return this.dataSource.getRepository(Comment).findOneBy({ id });
  }

  /** The redacted text of the comments in a scope, in a stable order (synthesis is deterministic for the same input). */
  async textsInScope(scope: CommentScope): Promise<{ id: string; text: string; bureau: string; neighborhood: string | null; councilDistrict: string | null }[]> {
    const query = this.dataSource
      .getRepository(Comment)
      .createQueryBuilder('c')
      .select(['c.id', 'c.redactedText', 'c.bureau', 'c.neighborhood', 'c.councilDistrict'])
      .orderBy('c.id', 'ASC');
    if (scope.engagementIds?.length) query.andWhere('c.engagement_id IN (:...engagementIds)', { engagementIds: scope.engagementIds });
    if (scope.bureau) query.andWhere('c.bureau = :bureau', { bureau: scope.bureau });
    if (scope.councilDistrict) query.andWhere('c.council_district = :district', { district: scope.councilDistrict });
    if (scope.from) query.andWhere('c.submitted_at >= :from', { from: scope.from });
    if (scope.to) query.andWhere('c.submitted_at < :to', { to: scope.to });
    const rows = await query.getMany();
    return rows.map((c) => ({ id: c.id, text: c.redactedText, bureau: c.bureau, neighborhood: c.neighborhood, councilDistrict: c.councilDistrict }));
  }
}

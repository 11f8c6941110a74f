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

/** The only place that queries `comment`. */
@Injectable()
export class CommentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts in chunks that stay under Postgres' parameter limit, inside the caller's transaction. */
  async insertAll(manager: EntityManager, comments: Comment[]): Promise<void> {
    for (let i = 0; i < comments.length; i += 1000) await manager.insert(Comment, comments.slice(i, i + 1000));
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

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SynthesisScope } from '#libs/contracts';
import { Synthesis, ThemeAnswer, ThemeAssignment } from './synthesis.entity.js';

export const LEASE_MINUTES = 10;

/** The only place that queries `synthesis`, `theme_assignment` and `theme_response`. */
@Injectable()
export class SynthesisRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, synthesis: Synthesis): Promise<void> {
    await manager.insert(Synthesis, synthesis);
  }

  async save(manager: EntityManager, synthesis: Synthesis): Promise<void> {
    await manager.save(Synthesis, synthesis);
  }

  async findById(id: string): Promise<Synthesis | null> {
    return this.dataSource.getRepository(Synthesis).findOneBy({ id });
  }

  /** Takes the oldest queued job, or a running one whose process stopped renewing its lease; replicas skip each other's. */
  async claimNext(manager: EntityManager, now: Date): Promise<Synthesis | null> {
    const claimed = await manager
      .createQueryBuilder()
      .update(Synthesis)
      .set({ status: 'running', attempts: () => 'attempts + 1', leaseUntil: () => `:now::timestamptz + interval '${LEASE_MINUTES} minutes'` })
      .where(
        `id = (SELECT id FROM synthesis WHERE status = 'queued' OR (status = 'running' AND lease_until < :now)
               ORDER BY created_at, id FOR UPDATE SKIP LOCKED LIMIT 1)`,
      )
      .setParameters({ now })
      .returning('id')
      .execute();
    const id = (claimed.raw as Array<{ id: string }>)[0]?.id;
    return id ? manager.findOneBy(Synthesis, { id }) : null;
  }

  async done(): Promise<Synthesis[]> {
    return this.dataSource.getRepository(Synthesis).find({ where: { status: 'done' }, order: { createdAt: 'ASC' } });
  }

  async insertAssignments(manager: EntityManager, assignments: ThemeAssignment[]): Promise<void> {
    for (let i = 0; i < assignments.length; i += 5000) {
      await manager.createQueryBuilder().insert().into(ThemeAssignment).values(assignments.slice(i, i + 5000)).orIgnore().execute();
    }
  }

  /** Comments in a synthesis' scope that it has not placed yet, oldest first. */
  async unplacedComments(synthesisId: string, scope: SynthesisScope, limit: number): Promise<{ id: string; text: string }[]> {
    const params: unknown[] = [synthesisId];
    const where: string[] = [`NOT EXISTS (SELECT 1 FROM theme_assignment a WHERE a.synthesis_id = $1 AND a.comment_id = c.id)`];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (scope.engagementIds?.length) add('c.engagement_id = ANY(?::uuid[])', scope.engagementIds);
    if (scope.bureau) add('c.bureau = ?', scope.bureau);
    if (scope.councilDistrict) add('c.council_district = ?', scope.councilDistrict);
    if (scope.from) add('c.submitted_at >= ?', scope.from);
    if (scope.to) add('c.submitted_at < ?', scope.to);
    params.push(limit);
    return this.dataSource.query(
      `SELECT c.id, c.redacted_text AS text FROM comment c WHERE ${where.join(' AND ')} ORDER BY c.received_at, c.id LIMIT $${params.length}`,
      params,
    );
  }

  async laterUnassignedTexts(manager: EntityManager, synthesisId: string, limit: number): Promise<{ id: string; text: string }[]> {
    return manager.query(
      `SELECT c.id, c.redacted_text AS text FROM theme_assignment a JOIN comment c ON c.id = a.comment_id
       WHERE a.synthesis_id = $1 AND a.later AND a.theme_key IS NULL ORDER BY c.received_at DESC, c.id LIMIT $2`,
      [synthesisId, limit],
    );
  }

  /** Theme members with their confidence, for exports. */
  async members(synthesisId: string): Promise<{ commentId: string; themeKey: number | null; confidence: number; later: boolean }[]> {
    const rows = await this.dataSource.getRepository(ThemeAssignment).find({ where: { synthesisId }, order: { themeKey: 'ASC', confidence: 'DESC', commentId: 'ASC' } });
    return rows.map((r) => ({ commentId: r.commentId, themeKey: r.themeKey, confidence: r.confidence, later: r.later }));
  }

  async answers(synthesisId: string): Promise<ThemeAnswer[]> {
    return this.dataSource.getRepository(ThemeAnswer).find({ where: { synthesisId }, order: { themeKey: 'ASC' } });
  }

  async saveAnswer(manager: EntityManager, answer: ThemeAnswer): Promise<void> {
    await manager.upsert(ThemeAnswer, answer, ['synthesisId', 'themeKey']);
  }
}

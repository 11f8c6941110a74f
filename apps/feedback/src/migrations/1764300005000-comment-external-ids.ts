import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A bureau's `externalId` names one comment: a re-sent batch must store nothing twice. Copies that re-sending stored
 * before this rule are settled the way intake settles them now, keeping the first received: a later copy with the
 * same text goes (with its theme assignments); one whose text differs stays, without the id it can no longer share.
 */
export class CommentExternalIds1764300005000 implements MigrationInterface {
  name = 'CommentExternalIds1764300005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TEMPORARY TABLE later_copy AS
      SELECT c.id, c.original_text = f.original_text AS same_text
      FROM comment c
      JOIN LATERAL (
        SELECT original_text FROM comment f
        WHERE f.bureau = c.bureau AND f.external_id = c.external_id
        ORDER BY f.received_at, f.id LIMIT 1
      ) f ON true
      WHERE c.external_id IS NOT NULL
        AND EXISTS (SELECT 1 FROM comment e WHERE e.bureau = c.bureau AND e.external_id = c.external_id AND (e.received_at, e.id) < (c.received_at, c.id))`);
    await q.query(`DELETE FROM theme_assignment WHERE comment_id IN (SELECT id FROM later_copy WHERE same_text)`);
    await q.query(`DELETE FROM comment WHERE id IN (SELECT id FROM later_copy WHERE same_text)`);
    await q.query(`UPDATE comment SET external_id = NULL WHERE id IN (SELECT id FROM later_copy WHERE NOT same_text)`);
    await q.query(`DROP TABLE later_copy`);
    await q.query(`CREATE UNIQUE INDEX comment_bureau_external_id ON comment (bureau, external_id) WHERE external_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX comment_bureau_external_id`);
  }
}

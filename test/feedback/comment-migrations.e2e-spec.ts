import type { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { openServiceDatabase } from '#libs/persistence';
import { TestNamespace } from '#libs/testing';
import { FeedbackEntities, FeedbackMigrations } from '../../apps/feedback/src/migrations/index.js';

/** The migration that makes (bureau, externalId) unique settles the copies that re-sent batches stored before it. */
describe('feedback migration: one comment per externalId and bureau', () => {
  const ns = new TestNamespace();
  const url = ns.databaseUrl('feedback');

  afterAll(() => ns.cleanup());

  it('keeps the first copy, drops later copies of the same text with their assignments, and unlinks differing ones', async () => {
    const index = FeedbackMigrations.findIndex((m) => m.name === 'CommentExternalIds1764300005000');
    const before = await openServiceDatabase({ service: 'feedback', url, entities: FeedbackEntities, migrations: FeedbackMigrations.slice(0, index) });
    const ids = { first: uuidv7(), sameText: uuidv7(), otherText: uuidv7(), otherBureau: uuidv7(), noExternalId: uuidv7() };
    const insertInto = (db: DataSource) => (id: string, bureau: string, text: string, externalId: string | null, receivedAt: string) =>
      db.query(
        `INSERT INTO comment (id, bureau, source, redacted_text, original_text, language, language_detected, submitted_at, external_id, batch_id, received_at)
         VALUES ($1, $2, 'survey', $3, $3, 'en', true, $5, $4, $1, $5)`,
        [id, bureau, text, externalId, receivedAt],
      );
    const insert = insertInto(before);
    await insert(ids.first, 'PBOT', 'Slow the traffic on Foster.', 'r1', '2026-10-01T10:00:00Z');
    await insert(ids.sameText, 'PBOT', 'Slow the traffic on Foster.', 'r1', '2026-10-02T10:00:00Z');
    await insert(ids.otherText, 'PBOT', 'Slow the traffic on Foster Road, please.', 'r1', '2026-10-03T10:00:00Z');
    await insert(ids.otherBureau, 'BES', 'Slow the traffic on Foster.', 'r1', '2026-10-02T10:00:00Z');
    await insert(ids.noExternalId, 'PBOT', 'Slow the traffic on Foster.', null, '2026-10-02T10:00:00Z');
    const synthesis = uuidv7();
    await before.query(`INSERT INTO synthesis (id, status, stage, percent, scope, created_at) VALUES ($1, 'done', 'done', 100, '{}', now())`, [synthesis]);
    await before.query(`INSERT INTO theme_assignment (synthesis_id, comment_id, theme_key, confidence, later) VALUES ($1, $2, 0, 0.9, false), ($1, $3, 0, 0.8, false)`, [synthesis, ids.first, ids.sameText]);
    await before.destroy();

    const after = await openServiceDatabase({ service: 'feedback', url, entities: FeedbackEntities, migrations: FeedbackMigrations });
    try {
      const rows = await after.query<Array<{ id: string; external_id: string | null }>>(`SELECT id, external_id FROM comment ORDER BY id`);
      expect(Object.fromEntries(rows.map((r) => [r.id, r.external_id]))).toEqual({
        [ids.first]: 'r1',
        [ids.otherText]: null,
        [ids.otherBureau]: 'r1',
        [ids.noExternalId]: null,
      });
      expect(await after.query(`SELECT comment_id FROM theme_assignment`)).toEqual([{ comment_id: ids.first }]);
      await expect(insertInto(after)(uuidv7(), 'PBOT', 'again', 'r1', '2026-10-04T10:00:00Z')).rejects.toThrow(/comment_bureau_external_id/);
    } finally {
      await after.destroy();
    }
  });
});

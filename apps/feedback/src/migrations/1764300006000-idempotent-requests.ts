import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Answers to comment intake kept under the bureau's Idempotency-Key (`IdempotencyRepository` in libs/persistence). */
export class IdempotentRequests1764300006000 implements MigrationInterface {
  name = 'IdempotentRequests1764300006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotent_request (
        scope text NOT NULL,
        key text NOT NULL,
        fingerprint text NOT NULL,
        status int NOT NULL,
        body jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotent_request`);
  }
}

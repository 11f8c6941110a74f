import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When an engagement was cancelled and why, kept so that staff and the public see the reason. */
export class Cancellations1763900008000 implements MigrationInterface {
  name = 'Cancellations1763900008000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE engagement ADD COLUMN cancelled_at timestamptz, ADD COLUMN cancellation_reason text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE engagement DROP COLUMN cancellation_reason, DROP COLUMN cancelled_at`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Large requests now travel through the messaging layer's payload bucket, not as parts kept here. */
export class DropUploadParts1764300007000 implements MigrationInterface {
  name = 'DropUploadParts1764300007000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS upload_part`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE upload_part (
        upload_id uuid NOT NULL,
        index int NOT NULL,
        text text NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (upload_id, index)
      )`);
    await q.query(`CREATE INDEX upload_part_created ON upload_part (created_at)`);
  }
}

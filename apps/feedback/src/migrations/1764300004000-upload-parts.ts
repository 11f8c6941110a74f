import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UploadParts1764300004000 implements MigrationInterface {
  name = 'UploadParts1764300004000';

  async up(q: QueryRunner): Promise<void> {
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

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE upload_part`);
  }
}

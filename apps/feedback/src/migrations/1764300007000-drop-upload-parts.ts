import type { MigrationInterface, QueryRunner } from 'typeorm';
import { UploadParts1764300004000 } from './1764300004000-upload-parts.js';

/** Large requests now travel through the messaging layer's payload bucket, not as parts kept here. */
export class DropUploadParts1764300007000 implements MigrationInterface {
  name = 'DropUploadParts1764300007000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS upload_part`);
  }

  async down(q: QueryRunner): Promise<void> {
    await new UploadParts1764300004000().up(q);
  }
}

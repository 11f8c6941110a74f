import { Column, Entity, PrimaryGeneratedColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** One row per handled delivery; no uniqueness, so that a duplicate effect would show. */
@Entity({ name: 'probe_receipt' })
export class ProbeReceipt {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'int' })
  seq: number;

  @Column({ type: 'text' })
  replica: string;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;

  @Column({ name: 'handled_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  handledAt: Date;
}

export class ProbeReceipts1763900000001 implements MigrationInterface {
  name = 'ProbeReceipts1763900000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE probe_receipt (
        id bigserial PRIMARY KEY,
        event_id uuid NOT NULL,
        seq int NOT NULL,
        replica text NOT NULL,
        published_at timestamptz NOT NULL,
        handled_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE probe_receipt`);
  }
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One part of a request too large for one NATS message, kept until the request that names it arrives. */
@Entity({ name: 'upload_part' })
export class UploadPart {
  @PrimaryColumn({ name: 'upload_id', type: 'uuid' })
  uploadId: string;

  @PrimaryColumn({ type: 'int' })
  index: number;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

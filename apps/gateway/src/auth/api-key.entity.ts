import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '#libs/auth';

/** An API key as stored: its public id, the hash of the key (never the key), and what it may do. */
@Entity({ name: 'api_key' })
export class ApiKey {
  @PrimaryColumn({ name: 'key_id', type: 'text' })
  keyId: string;

  @Column({ name: 'key_hash', type: 'text' })
  keyHash: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'bureau_code', type: 'text', nullable: true })
  bureauCode: string | null;

  @Column({ type: 'text', nullable: true })
  label: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}

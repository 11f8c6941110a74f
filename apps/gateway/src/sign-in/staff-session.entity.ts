import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '#libs/auth';

/**
 * A signed-in staffer's session: the hash of the cookie's token (never the token), who it is for
 * and what they may do, its CSRF token, and when it ends (idle, or at the latest `expiresAt`).
 */
@Entity({ name: 'staff_session' })
export class StaffSession {
  @PrimaryColumn({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  /** `staff:` and a hash of the provider's issuer and subject: the same for every session of one person. */
  @Column({ name: 'staff_id', type: 'text' })
  staffId: string;

  /** The name the provider gives, shown as who is signed in. */
  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'bureau_code', type: 'text', nullable: true })
  bureauCode: string | null;

  @Column({ name: 'csrf_token', type: 'text' })
  csrfToken: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}

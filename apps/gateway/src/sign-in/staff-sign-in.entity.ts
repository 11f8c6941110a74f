import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A sign-in under way: what the callback must check (state, nonce) and prove (the PKCE verifier), and where to go after. */
@Entity({ name: 'staff_sign_in' })
export class StaffSignIn {
  @PrimaryColumn({ type: 'text' })
  state: string;

  @Column({ name: 'code_verifier', type: 'text' })
  codeVerifier: string;

  @Column({ type: 'text' })
  nonce: string;

  @Column({ name: 'return_to', type: 'text' })
  returnTo: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

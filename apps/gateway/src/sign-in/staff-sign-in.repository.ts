import { Injectable } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { StaffSignIn } from './staff-sign-in.entity.js';

/** The only place that queries `staff_sign_in`. */
@Injectable()
export class StaffSignInRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(signIn: StaffSignIn): Promise<void> {
    await this.dataSource.getRepository(StaffSignIn).insert(signIn);
  }

  /** The sign-in of this state, removed as it is read: a callback is answered once. */
  async take(state: string): Promise<StaffSignIn | null> {
    const deleted = await this.dataSource.createQueryBuilder().delete().from(StaffSignIn).where('state = :state', { state }).returning('*').execute();
    const [row] = deleted.raw as Array<{ state: string; code_verifier: string; nonce: string; return_to: string; created_at: Date }>;
    return row ? Object.assign(new StaffSignIn(), { state: row.state, codeVerifier: row.code_verifier, nonce: row.nonce, returnTo: row.return_to, createdAt: row.created_at }) : null;
  }

  async deleteStartedBefore(at: Date): Promise<void> {
    await this.dataSource.getRepository(StaffSignIn).delete({ createdAt: LessThan(at) });
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { StaffSession } from './staff-session.entity.js';

/** The only place that queries `staff_session`. */
@Injectable()
export class StaffSessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(session: StaffSession): Promise<void> {
    await this.dataSource.getRepository(StaffSession).insert(session);
  }

  findByTokenHash(tokenHash: string): Promise<StaffSession | null> {
    return this.dataSource.getRepository(StaffSession).findOneBy({ tokenHash });
  }

  async touch(tokenHash: string, at: Date): Promise<void> {
    await this.dataSource.getRepository(StaffSession).update({ tokenHash }, { lastSeenAt: at });
  }

  async delete(tokenHash: string): Promise<void> {
    await this.dataSource.getRepository(StaffSession).delete({ tokenHash });
  }

  /** Sessions past their end, and those idle since before `idleSince`. */
  async deleteEnded(now: Date, idleSince: Date): Promise<void> {
    const repository = this.dataSource.getRepository(StaffSession);
    await repository.delete({ expiresAt: LessThan(now) });
    await repository.delete({ lastSeenAt: LessThan(idleSince) });
  }
}

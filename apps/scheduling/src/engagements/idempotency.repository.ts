import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface StoredReply {
  fingerprint: string;
  status: number;
  body: unknown;
}

/** The only place that queries `idempotent_request`: the reply given to a request, kept under its Idempotency-Key. */
@Injectable()
export class IdempotencyRepository {
  /** The stored reply, waiting for a concurrent first attempt of the same key to finish. */
  async find(manager: EntityManager, scope: string, key: string): Promise<StoredReply | null> {
    // A transaction-scoped lock on the key makes a concurrent repeat wait for the first attempt's outcome.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${scope} ${key}`]);
    const [row] = await manager.query<StoredReply[]>(`SELECT fingerprint, status, body FROM idempotent_request WHERE scope = $1 AND key = $2`, [scope, key]);
    return row ?? null;
  }

  async save(manager: EntityManager, scope: string, key: string, reply: StoredReply): Promise<void> {
    await manager.query(`INSERT INTO idempotent_request (scope, key, fingerprint, status, body) VALUES ($1, $2, $3, $4, $5)`, [
      scope,
      key,
      reply.fingerprint,
      reply.status,
      JSON.stringify(reply.body),
    ]);
  }
}

import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

export interface StoredReply {
  fingerprint: string;
  status: number;
  body: unknown;
}

/** What identifies a request's content, to tell a retry from another request under the same Idempotency-Key. */
export function fingerprintOf(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

/**
 * The only place that queries `idempotent_request`: the reply given to a request, kept under its Idempotency-Key.
 * Each service that takes Idempotency-Keys has the table in its own database.
 */
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

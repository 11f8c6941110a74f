import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ConflictSeverity } from '#libs/contracts';

/** A conflict between two engagements as stored: `a` sorts before `b`. */
export interface StoredConflict {
  id: string;
  engagementA: string;
  engagementB: string;
  severity: ConflictSeverity;
  reasons: string[];
  open: boolean;
}

interface ConflictRow {
  id: string;
  engagement_a: string;
  engagement_b: string;
  severity: ConflictSeverity;
  reasons: string[];
  open: boolean;
}

const fromRow = (r: ConflictRow): StoredConflict => ({
  id: r.id,
  engagementA: r.engagement_a,
  engagementB: r.engagement_b,
  severity: r.severity,
  reasons: r.reasons,
  open: r.open,
});

/** The only place that queries `engagement_conflict` and `fatigue_alert`. */
@Injectable()
export class CoordinationRepository {
  async openConflictsOf(manager: EntityManager, engagementId: string): Promise<StoredConflict[]> {
    const rows = await manager.query<ConflictRow[]>(
      `SELECT * FROM engagement_conflict WHERE open AND (engagement_a = $1 OR engagement_b = $1) ORDER BY id FOR UPDATE`,
      [engagementId],
    );
    return rows.map(fromRow);
  }

  /** Opens (or reopens) the conflict of a pair; true when it was not open before, so it must be announced. */
  async open(manager: EntityManager, c: Omit<StoredConflict, 'open'>, at: Date): Promise<boolean> {
    const rows = await manager.query<Array<{ was_open: boolean | null }>>(
      `WITH previous AS (SELECT open FROM engagement_conflict WHERE id = $1 FOR UPDATE)
       INSERT INTO engagement_conflict (id, engagement_a, engagement_b, severity, reasons, open, detected_at)
       VALUES ($1, $2, $3, $4, $5, true, $6)
       ON CONFLICT (id) DO UPDATE SET severity = excluded.severity, reasons = excluded.reasons, open = true,
         detected_at = CASE WHEN engagement_conflict.open THEN engagement_conflict.detected_at ELSE excluded.detected_at END, resolved_at = NULL
       RETURNING (SELECT open FROM previous) AS was_open`,
      [c.id, c.engagementA, c.engagementB, c.severity, c.reasons, at],
    );
    return rows[0].was_open !== true;
  }

  async resolve(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.query(`UPDATE engagement_conflict SET open = false, resolved_at = $2 WHERE id = $1`, [id, at]);
  }

  /** Records that fatigue was raised for this organization because of this engagement; false when it already was. */
  async raiseFatigue(manager: EntityManager, organizationId: string, engagementId: string, at: Date): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `INSERT INTO fatigue_alert (organization_id, engagement_id, raised_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
      [organizationId, engagementId, at],
    );
    return rows.length > 0;
  }

  /** Opens conflicts of new engagements; answers the ids that were not stored before, which must be announced. */
  async openMany(manager: EntityManager, conflicts: Array<Omit<StoredConflict, 'open'>>, at: Date): Promise<Set<string>> {
    if (conflicts.length === 0) return new Set();
    const rows = await manager.query<Array<{ id: string }>>(
      `INSERT INTO engagement_conflict (id, engagement_a, engagement_b, severity, reasons, open, detected_at)
       SELECT id, a, b, severity, string_to_array(reasons, E'\\x1f'), true, $6
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[]) AS c(id, a, b, severity, reasons)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [conflicts.map((c) => c.id), conflicts.map((c) => c.engagementA), conflicts.map((c) => c.engagementB), conflicts.map((c) => c.severity), conflicts.map((c) => c.reasons.join('\x1f')), at],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Records fatigue raised for many (organization, engagement) pairs; answers those not raised before. */
  async raiseFatigueMany(manager: EntityManager, alerts: Array<{ organizationId: string; engagementId: string }>, at: Date): Promise<Set<string>> {
    if (alerts.length === 0) return new Set();
    const rows = await manager.query<Array<{ organization_id: string; engagement_id: string }>>(
      `INSERT INTO fatigue_alert (organization_id, engagement_id, raised_at)
       SELECT o, e, $3 FROM unnest($1::uuid[], $2::uuid[]) AS a(o, e)
       ON CONFLICT DO NOTHING RETURNING organization_id, engagement_id`,
      [alerts.map((a) => a.organizationId), alerts.map((a) => a.engagementId), at],
    );
    return new Set(rows.map((r) => `${r.organization_id}:${r.engagement_id}`));
  }
}

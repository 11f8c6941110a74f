import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ConflictSeverity } from '#libs/contracts';
import type { TimePosition } from '#libs/persistence';

/** A conflict as listed: stored, with when it was found and the first start of its pair. */
export interface ListedConflict extends StoredConflict {
  detectedAt: Date;
  resolvedAt: Date | null;
  firstStart: Date;
}

export interface ConflictCriteria {
  open: boolean | null;
  severity: ConflictSeverity | null;
  bureau: string | null;
  district: string | null;
  from: Date | null;
  to: Date | null;
}

/** A fatigue alert as recorded, with the start of the engagement that raised it. */
export interface RecordedFatigue {
  organizationId: string;
  engagementId: string;
  raisedAt: Date;
  startsAt: Date;
}

export interface FatigueCriteria {
  organizationIds: string[] | null;
  bureau: string | null;
  from: Date | null;
  to: Date | null;
}

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
  /** Conflicts by the first start of their pair, then id; each engagement's filters match either of the two. */
  async listConflicts(manager: EntityManager, c: ConflictCriteria, after: TimePosition | null, limit: number): Promise<ListedConflict[]> {
    const rows = await manager.query<Array<ConflictRow & { detected_at: Date; resolved_at: Date | null; first_start: Date }>>(
      `SELECT c.*, least(a.starts_at, b.starts_at) AS first_start
         FROM engagement_conflict c
         JOIN engagement a ON a.id = c.engagement_a
         JOIN engagement b ON b.id = c.engagement_b
        WHERE ($1::boolean IS NULL OR c.open = $1)
          AND ($2::text IS NULL OR c.severity = $2)
          AND ($3::text IS NULL OR a.bureau = $3 OR b.bureau = $3)
          AND ($4::text IS NULL OR $4 = ANY(a.location_districts || a.audience_districts || b.location_districts || b.audience_districts))
          AND ($5::timestamptz IS NULL OR greatest(a.ends_at, b.ends_at) > $5)
          AND ($6::timestamptz IS NULL OR least(a.starts_at, b.starts_at) < $6)
          AND ($7::timestamptz IS NULL OR (least(a.starts_at, b.starts_at), c.id) > ($7, $8::uuid))
        ORDER BY first_start, c.id
        LIMIT $9`,
      [c.open, c.severity, c.bureau, c.district, c.from, c.to, after?.at ?? null, after?.ids[0] ?? null, limit],
    );
    return rows.map((r) => ({ ...fromRow(r), detectedAt: r.detected_at, resolvedAt: r.resolved_at, firstStart: r.first_start }));
  }

  async findConflict(manager: EntityManager, id: string): Promise<(StoredConflict & { detectedAt: Date; resolvedAt: Date | null }) | null> {
    const [row] = await manager.query<Array<ConflictRow & { detected_at: Date; resolved_at: Date | null }>>(`SELECT * FROM engagement_conflict WHERE id = $1`, [id]);
    return row ? { ...fromRow(row), detectedAt: row.detected_at, resolvedAt: row.resolved_at } : null;
  }

  /** Fatigue alerts by the start of the engagement that raised them, then organization and engagement. */
  async listFatigue(manager: EntityManager, c: FatigueCriteria, after: TimePosition | null, limit: number): Promise<RecordedFatigue[]> {
    const rows = await manager.query<Array<{ organization_id: string; engagement_id: string; raised_at: Date; starts_at: Date }>>(
      `SELECT f.organization_id, f.engagement_id, f.raised_at, e.starts_at
         FROM fatigue_alert f
         JOIN engagement e ON e.id = f.engagement_id
        WHERE ($1::uuid[] IS NULL OR f.organization_id = ANY($1))
          AND ($2::text IS NULL OR e.bureau = $2)
          AND ($3::timestamptz IS NULL OR e.ends_at > $3)
          AND ($4::timestamptz IS NULL OR e.starts_at < $4)
          AND ($5::timestamptz IS NULL OR (e.starts_at, f.organization_id, f.engagement_id) > ($5, $6::uuid, $7::uuid))
        ORDER BY e.starts_at, f.organization_id, f.engagement_id
        LIMIT $8`,
      [c.organizationIds, c.bureau, c.from, c.to, after?.at ?? null, after?.ids[0] ?? null, after?.ids[1] ?? null, limit],
    );
    return rows.map((r) => ({ organizationId: r.organization_id, engagementId: r.engagement_id, raisedAt: r.raised_at, startsAt: r.starts_at }));
  }

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

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { ConflictSeverity, TriageState } from '#libs/contracts';
import type { TimePosition } from '#libs/persistence';
import type { AlertKind } from './triage-history.repository.js';
import type { TriageRecord } from './triage-rules.js';

/** Staff triage as stored on an alert, with when staff last acted. */
export interface StoredTriage extends TriageRecord {
  triagedAt: Date | null;
}

interface TriageRow {
  triage: TriageState;
  assignee: string | null;
  assignee_name: string | null;
  triage_note: string | null;
  triaged_at: Date | null;
  version: number;
}

const triageOf = (r: TriageRow): StoredTriage => ({
  triage: r.triage,
  assignee: r.assignee,
  assigneeName: r.assignee_name,
  note: r.triage_note,
  triagedAt: r.triaged_at,
  version: r.version,
});

/** The filters staff narrow an inbox with; `text` is a `%…%` ILIKE pattern. */
export interface TriageCriteria {
  triage: TriageState[];
  assignee: string | null;
  text: string | null;
}

/** Words as an ILIKE pattern that matches them anywhere, their wildcards taken literally. */
export function containing(words: string | undefined): string | null {
  return words === undefined ? null : `%${words.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/** A conflict as staff see it: stored, with when it was found and resolved by the detector, and its triage. */
export interface FoundConflict extends StoredConflict {
  detectedAt: Date;
  resolvedAt: Date | null;
  triage: StoredTriage;
}

/** A conflict as listed, with the first start of its pair. */
export interface ListedConflict extends FoundConflict {
  firstStart: Date;
}

export interface ConflictCriteria extends TriageCriteria {
  open: boolean | null;
  severity: ConflictSeverity | null;
  bureau: string | null;
  district: string | null;
  from: Date | null;
  to: Date | null;
}

/** One community's fatigue in one window: the alerts of the engagements that tipped it there, triaged as one. */
export interface FatigueCase {
  id: string;
  organizationId: string;
  /** The starts of the first and last engagement that tipped it, when they did. */
  firstStart: Date;
  lastStart: Date;
  raisedAt: Date;
  lastRaisedAt: Date;
  triage: StoredTriage;
}

interface FatigueCaseRow extends TriageRow {
  id: string;
  organization_id: string;
  first_start: Date;
  last_start: Date;
  raised_at: Date;
  last_raised_at: Date;
}

const caseOf = (r: FatigueCaseRow): FatigueCase => ({
  id: r.id,
  organizationId: r.organization_id,
  firstStart: r.first_start,
  lastStart: r.last_start,
  raisedAt: r.raised_at,
  lastRaisedAt: r.last_raised_at,
  triage: triageOf(r),
});

/** An engagement that tipped a case, with its start as it stands now. */
export interface CaseEngagement {
  caseId: string;
  engagementId: string;
  raisedAt: Date;
}

export interface FatigueCriteria extends TriageCriteria {
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

type FullConflictRow = ConflictRow & TriageRow & { detected_at: Date; resolved_at: Date | null };

const foundOf = (r: FullConflictRow): FoundConflict => ({ ...fromRow(r), detectedAt: r.detected_at, resolvedAt: r.resolved_at, triage: triageOf(r) });

/** The only place that queries `engagement_conflict`, `fatigue_alert` and `fatigue_case`. */
@Injectable()
export class CoordinationRepository {
  /** Conflicts by the first start of their pair, then id; each engagement's filters match either of the two. */
  async listConflicts(manager: EntityManager, c: ConflictCriteria, after: TimePosition | null, limit: number): Promise<ListedConflict[]> {
    const rows = await manager.query<Array<FullConflictRow & { first_start: Date }>>(
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
          AND c.triage = ANY($10::text[])
          AND ($11::text IS NULL OR c.assignee = $11)
          AND ($12::text IS NULL OR a.title ILIKE $12 OR b.title ILIKE $12 OR array_to_string(c.reasons, ' ') ILIKE $12 OR c.triage_note ILIKE $12)
        ORDER BY first_start, c.id
        LIMIT $9`,
      [c.open, c.severity, c.bureau, c.district, c.from, c.to, after?.at ?? null, after?.ids[0] ?? null, limit, c.triage, c.assignee, c.text],
    );
    return rows.map((r) => ({ ...foundOf(r), firstStart: r.first_start }));
  }

  /** With `lock`, held until the transaction ends, so two staff acting at once take turns. */
  async findConflict(manager: EntityManager, id: string, lock = false): Promise<FoundConflict | null> {
    const [row] = await manager.query<FullConflictRow[]>(`SELECT * FROM engagement_conflict WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return row ? foundOf(row) : null;
  }

  /** Staff triage of a conflict or a fatigue case. */
  async saveTriage(manager: EntityManager, kind: AlertKind, id: string, t: StoredTriage): Promise<void> {
    const table = kind === 'conflict' ? 'engagement_conflict' : 'fatigue_case';
    await manager.query(
      `UPDATE ${table} SET triage = $2, assignee = $3, assignee_name = $4, triage_note = $5, triaged_at = $6, version = $7 WHERE id = $1`,
      [id, t.triage, t.assignee, t.assigneeName, t.note, t.triagedAt, t.version],
    );
  }

  /**
   * Fatigue cases by the start of the first engagement that tipped them, then id. `bureau`, `from` and `to` ask for
   * a case with a tipping engagement of that bureau and time; `text` matches the community's name, a tipping
   * engagement's title or the resolution note.
   */
  async listFatigue(manager: EntityManager, c: FatigueCriteria, after: TimePosition | null, limit: number): Promise<FatigueCase[]> {
    const rows = await manager.query<FatigueCaseRow[]>(
      `SELECT c.*
         FROM fatigue_case c
        WHERE ($1::uuid[] IS NULL OR c.organization_id = ANY($1))
          AND c.triage = ANY($2::text[])
          AND ($3::text IS NULL OR c.assignee = $3)
          AND (($4::text IS NULL AND $5::timestamptz IS NULL AND $6::timestamptz IS NULL) OR EXISTS (
                SELECT 1 FROM fatigue_alert f JOIN engagement e ON e.id = f.engagement_id
                 WHERE f.case_id = c.id AND ($4::text IS NULL OR e.bureau = $4) AND ($5::timestamptz IS NULL OR e.ends_at > $5) AND ($6::timestamptz IS NULL OR e.starts_at < $6)))
          AND ($7::text IS NULL OR c.triage_note ILIKE $7
               OR EXISTS (SELECT 1 FROM organization_reference o WHERE o.id = c.organization_id AND o.name ILIKE $7)
               OR EXISTS (SELECT 1 FROM fatigue_alert f JOIN engagement e ON e.id = f.engagement_id WHERE f.case_id = c.id AND e.title ILIKE $7))
          AND ($8::timestamptz IS NULL OR (c.first_start, c.id) > ($8, $9::uuid))
        ORDER BY c.first_start, c.id
        LIMIT $10`,
      [c.organizationIds, c.triage, c.assignee, c.bureau, c.from, c.to, c.text, after?.at ?? null, after?.ids[0] ?? null, limit],
    );
    return rows.map(caseOf);
  }

  async findFatigueCase(manager: EntityManager, id: string, lock = false): Promise<FatigueCase | null> {
    const [row] = await manager.query<FatigueCaseRow[]>(`SELECT * FROM fatigue_case WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return row ? caseOf(row) : null;
  }

  /** The engagements that tipped each case, in start order as they stand now. */
  async engagementsOfCases(manager: EntityManager, caseIds: string[]): Promise<CaseEngagement[]> {
    if (caseIds.length === 0) return [];
    const rows = await manager.query<Array<{ case_id: string; engagement_id: string; raised_at: Date }>>(
      `SELECT f.case_id, f.engagement_id, f.raised_at FROM fatigue_alert f JOIN engagement e ON e.id = f.engagement_id
        WHERE f.case_id = ANY($1::uuid[]) ORDER BY e.starts_at, f.engagement_id`,
      [caseIds],
    );
    return rows.map((r) => ({ caseId: r.case_id, engagementId: r.engagement_id, raisedAt: r.raised_at }));
  }

  async openConflictsOf(manager: EntityManager, engagementId: string): Promise<StoredConflict[]> {
    const rows = await manager.query<ConflictRow[]>(
      `SELECT * FROM engagement_conflict WHERE open AND (engagement_a = $1 OR engagement_b = $1) ORDER BY id FOR UPDATE`,
      [engagementId],
    );
    return rows.map(fromRow);
  }

  /**
   * Opens (or reopens) the conflict of a pair. `announce` when it was not open before, so it must be announced;
   * `triage` is staff's, as it stood, when a conflict found before opens again.
   */
  async open(manager: EntityManager, c: Omit<StoredConflict, 'open'>, at: Date): Promise<{ announce: boolean; triage: StoredTriage | null }> {
    const rows = await manager.query<Array<{ was_open: boolean | null; previous: TriageRow | null }>>(
      // Read without FOR UPDATE: a locking read here would skip the row the upsert below changes, and see nothing.
      `WITH previous AS (SELECT * FROM engagement_conflict WHERE id = $1)
       INSERT INTO engagement_conflict (id, engagement_a, engagement_b, severity, reasons, open, detected_at)
       VALUES ($1, $2, $3, $4, $5, true, $6)
       ON CONFLICT (id) DO UPDATE SET severity = excluded.severity, reasons = excluded.reasons, open = true,
         detected_at = CASE WHEN engagement_conflict.open THEN engagement_conflict.detected_at ELSE excluded.detected_at END, resolved_at = NULL
       RETURNING (SELECT open FROM previous) AS was_open, (SELECT to_jsonb(previous) FROM previous) AS previous`,
      [c.id, c.engagementA, c.engagementB, c.severity, c.reasons, at],
    );
    const { was_open: wasOpen, previous } = rows[0];
    return { announce: wasOpen !== true, triage: wasOpen === false && previous ? triageOf(previous) : null };
  }

  async resolve(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.query(`UPDATE engagement_conflict SET open = false, resolved_at = $2 WHERE id = $1`, [id, at]);
  }

  /**
   * Records that fatigue was raised for this organization because of this engagement, in the community's case
   * whose tipping engagements start within `windowMs` of it (a new case when there is none). Null when it already
   * was; otherwise the case as it stood before, locked until the transaction ends. Callers hold the community's
   * reach lock, so two engagements never make two cases for one window.
   */
  async raiseFatigue(manager: EntityManager, organizationId: string, engagementId: string, startsAt: Date, windowMs: number, at: Date): Promise<FatigueCase | null> {
    const known = await manager.query<unknown[]>(`SELECT 1 FROM fatigue_alert WHERE organization_id = $1 AND engagement_id = $2`, [organizationId, engagementId]);
    if (known.length > 0) return null;
    const window = `${windowMs} milliseconds`;
    const [near] = await manager.query<FatigueCaseRow[]>(
      `SELECT * FROM fatigue_case WHERE organization_id = $1 AND first_start - $3::interval <= $2 AND last_start + $3::interval >= $2 ORDER BY first_start, id LIMIT 1 FOR UPDATE`,
      [organizationId, startsAt, window],
    );
    let caseId = near?.id;
    if (caseId) {
      await manager.query(`UPDATE fatigue_case SET first_start = least(first_start, $2), last_start = greatest(last_start, $2), last_raised_at = $3 WHERE id = $1`, [caseId, startsAt, at]);
    } else {
      caseId = uuidv7();
      await manager.query(`INSERT INTO fatigue_case (id, organization_id, first_start, last_start, raised_at, last_raised_at) VALUES ($1, $2, $3, $3, $4, $4)`, [caseId, organizationId, startsAt, at]);
    }
    await manager.query(`INSERT INTO fatigue_alert (organization_id, engagement_id, raised_at, case_id) VALUES ($1, $2, $3, $4)`, [organizationId, engagementId, at, caseId]);
    // The case as it stood before this alert: a new one is open and untouched.
    return near ? caseOf(near) : { id: caseId, organizationId, firstStart: startsAt, lastStart: startsAt, raisedAt: at, lastRaisedAt: at, triage: { triage: 'open', assignee: null, assigneeName: null, note: null, triagedAt: null, version: 1 } };
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
}

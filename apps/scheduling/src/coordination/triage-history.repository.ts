import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TriageAction, TriageState } from '#libs/contracts';

export type AlertKind = 'conflict' | 'fatigue';

/** One step of an alert's triage as stored; `actorId` null is the detector. */
export interface TriageHistoryEntry {
  action: TriageAction;
  from: TriageState;
  to: TriageState;
  note: string | null;
  assignee: string | null;
  assigneeName: string | null;
  actorId: string | null;
  actorRole: string | null;
  at: Date;
}

/** The only place that queries `triage_entry`. */
@Injectable()
export class TriageHistoryRepository {
  async record(manager: EntityManager, kind: AlertKind, alertId: string, e: TriageHistoryEntry): Promise<void> {
    await manager.query(
      `INSERT INTO triage_entry (alert_kind, alert_id, action, from_state, to_state, note, assignee, assignee_name, actor_id, actor_role, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [kind, alertId, e.action, e.from, e.to, e.note, e.assignee, e.assigneeName, e.actorId, e.actorRole, e.at],
    );
  }

  /** Oldest first. */
  async of(manager: EntityManager, kind: AlertKind, alertId: string): Promise<TriageHistoryEntry[]> {
    const rows = await manager.query<
      Array<{ action: TriageAction; from_state: TriageState; to_state: TriageState; note: string | null; assignee: string | null; assignee_name: string | null; actor_id: string | null; actor_role: string | null; at: Date }>
    >(`SELECT * FROM triage_entry WHERE alert_kind = $1 AND alert_id = $2 ORDER BY at, id`, [kind, alertId]);
    return rows.map((r) => ({
      action: r.action,
      from: r.from_state,
      to: r.to_state,
      note: r.note,
      assignee: r.assignee,
      assigneeName: r.assignee_name,
      actorId: r.actor_id,
      actorRole: r.actor_role,
      at: r.at,
    }));
  }
}

import { Injectable } from '@nestjs/common';
import {
  CoordinationQueries,
  type ConflictListQuery,
  type ConflictPage,
  type ConflictView,
  type FatigueListQuery,
  type FatiguePage,
  type FatigueView,
  type TriageCommand,
  type TriageHistory,
} from '#libs/contracts';
import type { Principal } from '#libs/auth';
import { QueryClient } from '#libs/messaging';
import { actorOf } from '../auth/actor-of.js';

/** What a triage step carries beside its command: a note, or whom to assign. */
export interface TriageDetails {
  note?: string;
  assignee?: string | null;
  assigneeName?: string | null;
}

/** Conflicts and fatigue alerts are found, kept and triaged by the scheduling service. */
@Injectable()
export class CoordinationService {
  constructor(private readonly queries: QueryClient) {}

  conflicts(query: ConflictListQuery): Promise<ConflictPage> {
    return this.queries.ask(CoordinationQueries.listConflicts, query);
  }

  conflict(id: string): Promise<ConflictView> {
    return this.queries.ask(CoordinationQueries.getConflict, { id });
  }

  fatigue(query: FatigueListQuery): Promise<FatiguePage> {
    return this.queries.ask(CoordinationQueries.listFatigue, query);
  }

  fatigueAlert(id: string): Promise<FatigueView> {
    return this.queries.ask(CoordinationQueries.getFatigue, { id });
  }

  triageConflict(principal: Principal, id: string, expectedVersion: number, command: TriageCommand, details: TriageDetails): Promise<ConflictView> {
    return this.queries.ask(CoordinationQueries.triageConflict, { actor: actorOf(principal), id, expectedVersion, command, ...details });
  }

  triageFatigue(principal: Principal, id: string, expectedVersion: number, command: TriageCommand, details: TriageDetails): Promise<FatigueView> {
    return this.queries.ask(CoordinationQueries.triageFatigue, { actor: actorOf(principal), id, expectedVersion, command, ...details });
  }

  conflictHistory(id: string): Promise<TriageHistory> {
    return this.queries.ask(CoordinationQueries.conflictHistory, { id });
  }

  fatigueHistory(id: string): Promise<TriageHistory> {
    return this.queries.ask(CoordinationQueries.fatigueHistory, { id });
  }
}

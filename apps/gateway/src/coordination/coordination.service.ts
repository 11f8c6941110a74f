import { Injectable } from '@nestjs/common';
import { CoordinationQueries, type ConflictListQuery, type ConflictPage, type ConflictView, type FatigueListQuery, type FatiguePage } from '#libs/contracts';
import { QueryClient } from '#libs/messaging';

/** Conflicts and fatigue alerts are found and kept by the scheduling service. */
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
}

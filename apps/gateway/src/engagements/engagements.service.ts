import { Injectable } from '@nestjs/common';
import {
  BATCH_PART_SIZE,
  SchedulingQueries,
  type BatchResult,
  type CreateEngagementResult,
  type EngagementCheck,
  type EngagementHistory,
  type EngagementChanges,
  type EngagementInput,
  type EngagementListQuery,
  type EngagementPage,
  type EngagementView,
  type SlotSuggestions,
  type SuggestionQuery,
} from '#libs/contracts';
import type { Principal } from '#libs/auth';
import { QueryClient } from '#libs/messaging';
import { actorOf } from '../auth/actor-of.js';

/** Engagements live in the scheduling service; the gateway asks it on behalf of the key's principal. */
@Injectable()
export class EngagementsService {
  constructor(private readonly queries: QueryClient) {}

  create(principal: Principal, engagement: EngagementInput, idempotencyKey?: string): Promise<CreateEngagementResult> {
    return this.queries.ask(SchedulingQueries.createEngagement, { actor: actorOf(principal), engagement, idempotencyKey });
  }

  check(principal: Principal, engagement: EngagementInput): Promise<EngagementCheck> {
    return this.queries.ask(SchedulingQueries.checkEngagement, { actor: actorOf(principal), engagement });
  }

  /** Sends the batch in parts, one after another, and puts their per-item results back together. */
  async batch(principal: Principal, items: object[], idempotencyKey?: string): Promise<BatchResult> {
    const total: BatchResult = { created: 0, unchanged: 0, failed: 0, results: [] };
    for (let start = 0, part = 0; start < items.length; start += BATCH_PART_SIZE, part++) {
      const answer = await this.queries.ask<BatchResult>(SchedulingQueries.batchEngagements, {
        actor: actorOf(principal),
        items: items.slice(start, start + BATCH_PART_SIZE),
        idempotencyKey,
        part,
      });
      total.created += answer.created;
      total.unchanged += answer.unchanged;
      total.failed += answer.failed;
      total.results.push(...answer.results.map((r) => ({ ...r, index: r.index + start })));
    }
    return total;
  }

  suggest(principal: Principal, query: SuggestionQuery): Promise<SlotSuggestions> {
    return this.queries.ask(SchedulingQueries.suggestSlots, { ...query, actor: actorOf(principal) });
  }

  get(principal: Principal, id: string): Promise<EngagementView> {
    return this.queries.ask(SchedulingQueries.getEngagement, { actor: actorOf(principal), id });
  }

  history(principal: Principal, id: string): Promise<EngagementHistory> {
    return this.queries.ask(SchedulingQueries.engagementHistory, { actor: actorOf(principal), id });
  }

  list(principal: Principal, query: EngagementListQuery): Promise<EngagementPage> {
    return this.queries.ask(SchedulingQueries.listEngagements, { ...query, actor: actorOf(principal) });
  }

  update(principal: Principal, id: string, expectedVersion: number, changes: EngagementChanges, idempotencyKey?: string): Promise<EngagementView> {
    return this.queries.ask(SchedulingQueries.updateEngagement, { actor: actorOf(principal), id, expectedVersion, changes, idempotencyKey });
  }

  checkChange(principal: Principal, id: string, expectedVersion: number, changes: EngagementChanges): Promise<EngagementCheck> {
    return this.queries.ask(SchedulingQueries.checkEngagementChange, { actor: actorOf(principal), id, expectedVersion, changes });
  }

  cancel(principal: Principal, id: string, expectedVersion: number | undefined, reason: string | undefined, idempotencyKey?: string): Promise<EngagementView> {
    return this.queries.ask(SchedulingQueries.cancelEngagement, { actor: actorOf(principal), id, expectedVersion, reason, idempotencyKey });
  }

  hold(principal: Principal, id: string, expectedVersion: number | undefined, actualAttendance: number, idempotencyKey?: string): Promise<EngagementView> {
    return this.queries.ask(SchedulingQueries.holdEngagement, { actor: actorOf(principal), id, expectedVersion, actualAttendance, idempotencyKey });
  }
}

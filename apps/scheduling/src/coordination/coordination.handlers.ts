import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ConflictIdParams,
  ConflictListQuery,
  CoordinationQueries,
  FatigueIdParams,
  FatigueListQuery,
  AlertIdParams,
  TriageRequest,
  type ConflictPage,
  type ConflictView,
  type FatiguePage,
  type FatigueView,
  type TriageHistory,
} from '#libs/contracts';
import { validatedQuery } from '#libs/messaging';
import { CoordinationFindingsService } from './coordination-findings.service.js';
import { TriageService } from './triage.service.js';

/** Request/reply handlers the gateway calls for the conflicts and fatigue alerts staff look through and triage. */
@Controller()
export class CoordinationHandlers {
  constructor(
    private readonly findings: CoordinationFindingsService,
    private readonly triage: TriageService,
  ) {}

  @MessagePattern(CoordinationQueries.listConflicts)
  async conflicts(@Payload() body: unknown): Promise<ConflictPage> {
    return this.findings.conflicts(await validatedQuery(ConflictListQuery, body));
  }

  @MessagePattern(CoordinationQueries.getConflict)
  async conflict(@Payload() body: unknown): Promise<ConflictView> {
    return this.findings.conflict(await validatedQuery(ConflictIdParams, body));
  }

  @MessagePattern(CoordinationQueries.listFatigue)
  async fatigue(@Payload() body: unknown): Promise<FatiguePage> {
    return this.findings.fatigue(await validatedQuery(FatigueListQuery, body));
  }

  @MessagePattern(CoordinationQueries.getFatigue)
  async fatigueCase(@Payload() body: unknown): Promise<FatigueView> {
    return this.findings.fatigueCase(await validatedQuery(FatigueIdParams, body));
  }

  @MessagePattern(CoordinationQueries.triageConflict)
  async triageConflict(@Payload() body: unknown): Promise<ConflictView> {
    return this.triage.conflict(await validatedQuery(TriageRequest, body));
  }

  @MessagePattern(CoordinationQueries.triageFatigue)
  async triageFatigue(@Payload() body: unknown): Promise<FatigueView> {
    return this.triage.fatigue(await validatedQuery(TriageRequest, body));
  }

  @MessagePattern(CoordinationQueries.conflictHistory)
  async conflictHistory(@Payload() body: unknown): Promise<TriageHistory> {
    return this.triage.conflictHistory(await validatedQuery(AlertIdParams, body));
  }

  @MessagePattern(CoordinationQueries.fatigueHistory)
  async fatigueHistory(@Payload() body: unknown): Promise<TriageHistory> {
    return this.triage.fatigueHistory(await validatedQuery(AlertIdParams, body));
  }
}

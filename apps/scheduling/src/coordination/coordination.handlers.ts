import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ConflictIdParams, ConflictListQuery, CoordinationQueries, FatigueListQuery, type ConflictPage, type ConflictView, type FatiguePage } from '#libs/contracts';
import { validatedQuery } from '#libs/messaging';
import { CoordinationFindingsService } from './coordination-findings.service.js';

/** Request/reply handlers the gateway calls for the conflicts and fatigue alerts staff look through. */
@Controller()
export class CoordinationHandlers {
  constructor(private readonly findings: CoordinationFindingsService) {}

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
}

import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  BatchEngagementsRequest,
  CheckEngagementRequest,
  CreateEngagementRequest,
  EngagementActionRequest,
  GetEngagementRequest,
  ListEngagementsRequest,
  SchedulingQueries,
  SuggestionRequest,
  type SlotSuggestions,
  UpdateEngagementRequest,
  type BatchResult,
  type CreateEngagementResult,
  type EngagementCheck,
  type EngagementHistory,
  type EngagementPage,
  type EngagementView,
} from '#libs/contracts';
import { validatedQuery } from '#libs/messaging';
import { SuggestionService } from '../coordination/suggestion.service.js';
import { EngagementService } from './engagement.service.js';

/** Request/reply handlers the gateway calls. */
@Controller()
export class EngagementHandlers {
  constructor(
    private readonly engagements: EngagementService,
    private readonly suggestions: SuggestionService,
  ) {}

  @MessagePattern(SchedulingQueries.suggestSlots)
  async suggest(@Payload() body: unknown): Promise<SlotSuggestions> {
    return this.suggestions.suggest(await validatedQuery(SuggestionRequest, body));
  }

  @MessagePattern(SchedulingQueries.createEngagement)
  async create(@Payload() body: unknown): Promise<CreateEngagementResult> {
    return this.engagements.create(await validatedQuery(CreateEngagementRequest, body));
  }

  @MessagePattern(SchedulingQueries.checkEngagement)
  async check(@Payload() body: unknown): Promise<EngagementCheck> {
    return this.engagements.check(await validatedQuery(CheckEngagementRequest, body));
  }

  @MessagePattern(SchedulingQueries.checkEngagementChange)
  async checkChange(@Payload() body: unknown): Promise<EngagementCheck> {
    return this.engagements.checkChange(await validatedQuery(UpdateEngagementRequest, body));
  }

  @MessagePattern(SchedulingQueries.batchEngagements)
  async batch(@Payload() body: unknown): Promise<BatchResult> {
    return this.engagements.batch(await validatedQuery(BatchEngagementsRequest, body));
  }

  @MessagePattern(SchedulingQueries.getEngagement)
  async get(@Payload() body: unknown): Promise<EngagementView> {
    return this.engagements.get(await validatedQuery(GetEngagementRequest, body));
  }

  @MessagePattern(SchedulingQueries.engagementHistory)
  async history(@Payload() body: unknown): Promise<EngagementHistory> {
    return this.engagements.statusHistory(await validatedQuery(GetEngagementRequest, body));
  }

  @MessagePattern(SchedulingQueries.listEngagements)
  async list(@Payload() body: unknown): Promise<EngagementPage> {
    return this.engagements.list(await validatedQuery(ListEngagementsRequest, body));
  }

  @MessagePattern(SchedulingQueries.updateEngagement)
  async update(@Payload() body: unknown): Promise<EngagementView> {
    return this.engagements.update(await validatedQuery(UpdateEngagementRequest, body));
  }

  @MessagePattern(SchedulingQueries.cancelEngagement)
  async cancel(@Payload() body: unknown): Promise<EngagementView> {
    return this.engagements.cancel(await validatedQuery(EngagementActionRequest, body));
  }

  @MessagePattern(SchedulingQueries.holdEngagement)
  async hold(@Payload() body: unknown): Promise<EngagementView> {
    return this.engagements.hold(await validatedQuery(EngagementActionRequest, body));
  }
}

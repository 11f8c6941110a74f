import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CreateSynthesisRequest,
  FeedbackQueries,
  GetSynthesisRequest,
  RespondToThemeRequest,
  SynthesisReportRequest,
  type RenderedReport,
  type SynthesisAccepted,
  type SynthesisView,
} from '#libs/contracts';
import { validatedQuery } from '#libs/messaging';
import { SynthesisService } from './synthesis.service.js';

@Controller()
export class SynthesisHandlers {
  constructor(private readonly syntheses: SynthesisService) {}

  @MessagePattern(FeedbackQueries.createSynthesis)
  async create(@Payload() body: unknown): Promise<SynthesisAccepted> {
    return this.syntheses.create(await validatedQuery(CreateSynthesisRequest, body));
  }

  @MessagePattern(FeedbackQueries.getSynthesis)
  async get(@Payload() body: unknown): Promise<SynthesisView> {
    return this.syntheses.get(await validatedQuery(GetSynthesisRequest, body));
  }

  @MessagePattern(FeedbackQueries.synthesisReport)
  async report(@Payload() body: unknown): Promise<SynthesisView | RenderedReport> {
    return this.syntheses.report(await validatedQuery(SynthesisReportRequest, body));
  }

  @MessagePattern(FeedbackQueries.respondToTheme)
  async respond(@Payload() body: unknown): Promise<SynthesisView> {
    return this.syntheses.respond(await validatedQuery(RespondToThemeRequest, body));
  }
}

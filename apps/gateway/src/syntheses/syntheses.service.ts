import { Injectable } from '@nestjs/common';
import { FeedbackQueries, type RenderedReport, type SynthesisAccepted, type SynthesisView } from '#libs/contracts';
import { QueryClient } from '#libs/messaging';
import type { CreateSynthesisBody, ThemeResponseBody } from './synthesis.dto.js';

/** Syntheses run in the feedback service; the gateway asks it and passes its answer (or refusal) on. */
@Injectable()
export class SynthesesService {
  constructor(private readonly queries: QueryClient) {}

  create(body: CreateSynthesisBody, requestedBy: string | null): Promise<SynthesisAccepted> {
    return this.queries.ask<SynthesisAccepted>(FeedbackQueries.createSynthesis, { ...body, ...(requestedBy ? { requestedBy } : {}) });
  }

  get(id: string, bureau: string | null): Promise<SynthesisView> {
    return this.queries.ask<SynthesisView>(FeedbackQueries.getSynthesis, { id, ...(bureau ? { bureau } : {}) });
  }

  report<T extends SynthesisView | RenderedReport>(id: string, format: 'json' | 'html' | 'csv', bureau: string | null): Promise<T> {
    return this.queries.ask<T>(FeedbackQueries.synthesisReport, { id, format, ...(bureau ? { bureau } : {}) });
  }

  respond(id: string, themeKey: number, body: ThemeResponseBody, bureau: string | null): Promise<SynthesisView> {
    return this.queries.ask<SynthesisView>(FeedbackQueries.respondToTheme, { synthesisId: id, themeKey, ...body, ...(bureau ? { bureau } : {}) });
  }
}

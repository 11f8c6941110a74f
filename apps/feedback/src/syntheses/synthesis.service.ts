import { Injectable } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  Events,
  fieldError,
  type CreateSynthesisRequest,
  type GetSynthesisRequest,
  type RenderedReport,
  type RespondToThemeRequest,
  type SynthesisAccepted,
  type SynthesisReportRequest,
  type SynthesisView,
} from '#libs/contracts';
import { badRequest, Outbox } from '#libs/messaging';
import { FeedbackSettings } from '../feedback-settings.js';
import { reportCsv, reportHtml } from './synthesis-report.js';
import { Synthesis, ThemeAnswer } from './synthesis.entity.js';
import { SynthesisRepository } from './synthesis.repository.js';
import { SynthesisRunner } from './synthesis.runner.js';
import { progressScope } from './synthesis-scope.js';

@Injectable()
export class SynthesisService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly syntheses: SynthesisRepository,
    private readonly runner: SynthesisRunner,
    private readonly outbox: Outbox,
    private readonly settings: FeedbackSettings,
  ) {}

  /** Queues a job (and its first progress event) and wakes the runner; the caller polls GET for the result. */
  async create(request: CreateSynthesisRequest): Promise<SynthesisAccepted> {
    const scope = { ...request.scope };
    if (request.requestedBy) {
      if (scope.bureau && scope.bureau !== request.requestedBy) {
        throw new RpcException({ status: 403, message: `this key speaks for ${request.requestedBy}, not ${scope.bureau}` });
      }
      scope.bureau = request.requestedBy;
    }
    if (!scope.engagementIds?.length && !scope.bureau && !scope.councilDistrict && !scope.from && !scope.to) {
      throw badRequest([fieldError('scope', 'hasScope', 'scope: give at least one of engagementIds, bureau, councilDistrict, from or to')]);
    }
    const synthesis = Object.assign(new Synthesis(), {
      id: uuidv7(),
      status: 'queued',
      stage: 'queued',
      percent: 0,
      scope,
      givenThemes: request.themes?.map((t) => ({ label: t.label, ...(t.description ? { description: t.description } : {}) })) ?? null,
      requestedBy: request.requestedBy ?? null,
      result: null,
      commentCount: 0,
      otherCount: 0,
      laterAssigned: 0,
      laterUnassigned: 0,
      emergingReported: 0,
      leaseUntil: null,
      attempts: 0,
      error: null,
      createdAt: this.settings.now(),
      completedAt: null,
    } satisfies Synthesis);
    await this.dataSource.transaction(async (manager) => {
      await this.syntheses.insert(manager, synthesis);
      await this.outbox.publish(manager, {
        contract: Events.SynthesisProgress,
        aggregateId: synthesis.id,
        data: { synthesisId: synthesis.id, stage: 'queued', percent: 0, scope: progressScope(synthesis) },
      });
    });
    this.runner.kick();
    return { id: synthesis.id, status: 'queued' };
  }

  async get(request: GetSynthesisRequest): Promise<SynthesisView> {
    const synthesis = await this.visible(request);
    const answers = new Map((await this.syntheses.answers(synthesis.id)).map((a) => [a.themeKey, a]));
    return {
      id: synthesis.id,
      status: synthesis.status,
      stage: synthesis.stage,
      percent: synthesis.percent,
      scope: synthesis.scope,
      givenThemes: synthesis.givenThemes !== null,
      commentCount: synthesis.commentCount,
      otherCount: synthesis.otherCount,
      laterAssigned: synthesis.laterAssigned,
      laterUnassigned: synthesis.laterUnassigned,
      method: synthesis.result?.method ?? null,
      themes: (synthesis.result?.themes ?? []).map(({ signature: _signature, ...theme }) => {
        const answer = answers.get(theme.key);
        return {
          ...theme,
          response: answer ? { status: answer.status, response: answer.response, reason: answer.reason, respondedAt: answer.respondedAt.toISOString() } : null,
        };
      }),
      error: synthesis.error,
      createdAt: synthesis.createdAt.toISOString(),
      completedAt: synthesis.completedAt?.toISOString() ?? null,
    };
  }

  async report(request: SynthesisReportRequest): Promise<SynthesisView | RenderedReport> {
    const view = await this.get(request);
    if (view.status !== 'done') throw new RpcException({ status: 409, message: `synthesis ${view.id} is ${view.status}; its report is ready when it is done` });
    if (request.format === 'html') return { contentType: 'text/html; charset=utf-8', body: reportHtml(view) };
    if (request.format === 'csv') return { contentType: 'text/csv; charset=utf-8', body: reportCsv(view) };
    return view;
  }

  /** Records (or replaces) the bureau's answer to one theme. */
  async respond(request: RespondToThemeRequest): Promise<SynthesisView> {
    const synthesis = await this.visible({ id: request.synthesisId, bureau: request.bureau });
    if (synthesis.status !== 'done') throw new RpcException({ status: 409, message: `synthesis ${synthesis.id} is ${synthesis.status}; themes can be answered when it is done` });
    if (!synthesis.result?.themes.some((t) => t.key === request.themeKey)) {
      throw new RpcException({ status: 404, message: `synthesis ${synthesis.id} has no theme ${request.themeKey}` });
    }
    const answer = Object.assign(new ThemeAnswer(), {
      synthesisId: synthesis.id,
      themeKey: request.themeKey,
      status: request.status,
      response: request.response,
      reason: request.reason ?? null,
      respondedAt: this.settings.now(),
    } satisfies ThemeAnswer);
    await this.dataSource.transaction((manager) => this.syntheses.saveAnswer(manager, answer));
    return this.get({ id: synthesis.id, bureau: request.bureau });
  }

  /** The synthesis, when the caller may see it: a bureau key sees only the syntheses of its own comments. */
  async visible(request: GetSynthesisRequest): Promise<Synthesis> {
    const synthesis = await this.syntheses.findById(request.id);
    if (!synthesis || (request.bureau && synthesis.scope.bureau !== request.bureau)) throw new RpcException({ status: 404, message: `synthesis ${request.id} not found` });
    return synthesis;
  }
}

import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  DEFAULT_PERIOD_PAGE_SIZE,
  Events,
  type OverdueReportBackPage,
  type OverdueReportBackQuery,
  type PublishReportBackRequest,
  type ReportBackView,
  type ThemeResponseStatus,
} from '#libs/contracts';
import { badRequest, Outbox, SERVICE_LOGGER } from '#libs/messaging';
import { decodeTimeCursor, encodeTimeCursor, INVALID_CURSOR_PROBLEM } from '#libs/persistence';
import { FeedbackSettings } from '../feedback-settings.js';
import { SynthesisService } from '../syntheses/synthesis.service.js';
import { EngagementReferenceRepository } from '../engagements/engagement-reference.repository.js';
import { overdueNoticeDue } from './overdue.js';
import { ReportBack } from './report-back.entity.js';
import { ReportBackRepository } from './report-back.repository.js';

const DAY_MS = 86_400_000;

/** Report-backs and the overdue watch over engagements held without one. */
@Injectable()
export class ReportBackService implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly engagements: EngagementReferenceRepository,
    private readonly reportBacks: ReportBackRepository,
    private readonly syntheses: SynthesisService,
    private readonly outbox: Outbox,
    private readonly settings: FeedbackSettings,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    // The hook runs once for the HTTP app and once for its attached transport; one timer is enough.
    if (this.settings.jobPollMs > 0 && !this.timer) {
      this.timer = setInterval(() => {
        this.checkOverdue().catch((err: unknown) => this.logger.error({ err }, 'overdue check failed'));
      }, Math.max(this.settings.jobPollMs, 60_000));
    }
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Publishes what we heard and what we did, with the bureau's answers to the synthesis' themes. */
  async publish(request: PublishReportBackRequest): Promise<ReportBackView> {
    const themes: ReportBack['themes'] = [];
    if (request.synthesisId) {
      const view = await this.syntheses.get({ id: request.synthesisId, bureau: request.bureau });
      if (view.status !== 'done') throw new RpcException({ status: 409, message: `synthesis ${view.id} is ${view.status}; report back once it is done` });
      for (const theme of view.themes) {
        if (theme.response) themes.push({ theme: theme.label, status: theme.response.status, response: theme.response.response, reason: theme.response.reason });
      }
    }
    return this.dataSource.transaction(async (manager) => {
      const engagement = await this.engagements.lock(manager, request.engagementId);
      if (!engagement || (request.bureau && engagement.bureau !== request.bureau)) {
        throw new RpcException({ status: 404, message: `engagement ${request.engagementId} not found` });
      }
      if (engagement.status !== 'held' && engagement.status !== 'closed') {
        throw new RpcException({ status: 409, message: `engagement ${engagement.id} is ${engagement.status}; report back after it is held` });
      }
      const publishedAt = this.settings.now();
      const reportBack = Object.assign(new ReportBack(), {
        id: uuidv7(),
        engagementId: engagement.id,
        synthesisId: request.synthesisId ?? null,
        whatWeHeard: request.whatWeHeard,
        whatWeDid: request.whatWeDid,
        themes,
        reportUrl: request.reportUrl ?? null,
        publishedAt,
      } satisfies ReportBack);
      await this.reportBacks.insert(manager, reportBack);
      engagement.reportBackAt = publishedAt;
      await this.engagements.save(manager, engagement);
      await this.outbox.publish(manager, {
        contract: Events.ReportBackPublished,
        aggregateId: engagement.id,
        bureau: engagement.bureau,
        data: {
          reportBackId: reportBack.id,
          engagement: engagement.summary,
          whatWeHeard: reportBack.whatWeHeard,
          whatWeDid: reportBack.whatWeDid,
          themes: themes.map((t) => ({ ...t, status: t.status as ThemeResponseStatus })),
          reportUrl: reportBack.reportUrl,
          publishedAt: publishedAt.toISOString(),
          scope: { ...engagement.scope, severity: 'info' },
        },
      });
      return {
        id: reportBack.id,
        engagementId: engagement.id,
        synthesisId: reportBack.synthesisId,
        publishedAt: publishedAt.toISOString(),
        themes: reportBack.themes as ReportBackView['themes'],
      };
    });
  }

  /** The engagements that owe their community a report-back now, held longest ago first, a page at a time. */
  async overdue(query: OverdueReportBackQuery): Promise<OverdueReportBackPage> {
    const after = query.cursor === undefined ? null : decodeTimeCursor(query.cursor, 1);
    if (query.cursor !== undefined && !after) throw badRequest([INVALID_CURSOR_PROBLEM]);
    const now = this.settings.now();
    const limit = query.limit ?? DEFAULT_PERIOD_PAGE_SIZE;
    const found = await this.engagements.overdue(
      new Date(now.getTime() - this.settings.overdueDays * DAY_MS),
      { bureau: query.bureau ?? null, from: query.from ? new Date(query.from) : null, to: query.to ? new Date(query.to) : null },
      after && { heldAt: after.at, id: after.ids[0] },
      limit + 1,
    );
    const items = found.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map((e) => ({
        engagement: e.summary,
        heldAt: e.heldAt!.toISOString(),
        dueAt: new Date(e.heldAt!.getTime() + this.settings.overdueDays * DAY_MS).toISOString(),
        daysSinceHeld: Math.floor((now.getTime() - e.heldAt!.getTime()) / DAY_MS),
        notices: e.overdueNotices,
      })),
      nextCursor: found.length > limit && last ? encodeTimeCursor({ at: last.heldAt!, ids: [last.id] }) : null,
    };
  }

  /** Raises `reportback.overdue` for every engagement whose notice is due at the service's current time. */
  async checkOverdue(): Promise<number> {
    const now = this.settings.now();
    const candidates = await this.engagements.unreportedHeldBefore(new Date(now.getTime() - this.settings.overdueDays * DAY_MS));
    let raised = 0;
    for (const candidate of candidates) {
      raised += await this.dataSource.transaction(async (manager) => {
        // Read again under a lock: a report-back or another replica may have got there first.
        const engagement = await this.engagements.lock(manager, candidate.id);
        const due = engagement && overdueNoticeDue(engagement, now, this.settings.overdueDays);
        if (!engagement || !due) return 0;
        engagement.overdueNotices = due.notice;
        engagement.lastOverdueAt = now;
        await this.engagements.save(manager, engagement);
        await this.outbox.publish(manager, {
          contract: Events.ReportBackOverdue,
          aggregateId: engagement.id,
          bureau: engagement.bureau,
          data: {
            engagement: engagement.summary,
            heldAt: engagement.heldAt!.toISOString(),
            daysSinceHeld: due.daysSinceHeld,
            notice: due.notice,
            scope: { ...engagement.scope, severity: due.notice > 1 ? 'high' : 'medium' },
          },
        });
        return 1;
      });
    }
    return raised;
  }
}

import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { Events, type SynthesisStage } from '#libs/contracts';
import { Outbox, SERVICE_LOGGER } from '#libs/messaging';
import { CommentRepository } from '../comments/comment.repository.js';
import { FeedbackSettings } from '../feedback-settings.js';
import { assignToSignatures, describeUnassigned } from '../synthesis/signature-assignment.js';
import { runInWorkerThread } from './synthesis-thread.js';
import { progressScope } from './synthesis-scope.js';
import { ThemeAssignment, type Synthesis } from './synthesis.entity.js';
import { LEASE_MINUTES, SynthesisRepository } from './synthesis.repository.js';

const LATER_BATCH = 5000;

/**
 * Runs queued syntheses one at a time, then places newly received comments on the themes of finished ones and
 * raises `theme.emerging` when enough fit none. Jobs live in the database, so a crash delays a job, never loses it.
 */
@Injectable()
export class SynthesisRunner implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly syntheses: SynthesisRepository,
    private readonly comments: CommentRepository,
    private readonly outbox: Outbox,
    private readonly settings: FeedbackSettings,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    // The hook runs once for the HTTP app and once for its attached transport; one timer is enough.
    if (this.settings.jobPollMs > 0 && !this.timer) this.timer = setInterval(() => this.kick(), this.settings.jobPollMs);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Starts a pass now, or right after the one under way. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.pass()
      .catch((err: unknown) => this.logger.error({ err }, 'synthesis pass failed'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Waits for the pass under way, if any (tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** One pass: every queued job, then later comments for every finished synthesis. */
  async pass(): Promise<void> {
    for (;;) {
      if (this.stopped) return;
      const job = await this.dataSource.transaction((manager) => this.syntheses.claimNext(manager, this.settings.now()));
      if (!job) break;
      await this.run(job);
    }
    for (const synthesis of await this.syntheses.done()) {
      if (this.stopped) return;
      await this.placeLaterComments(synthesis);
    }
  }

  private async run(job: Synthesis): Promise<void> {
    try {
      await this.progress(job, 'analyzing', 10);
      const comments = await this.comments.textsInScope({
        engagementIds: job.scope.engagementIds,
        bureau: job.scope.bureau,
        councilDistrict: job.scope.councilDistrict,
        from: job.scope.from ? new Date(job.scope.from) : undefined,
        to: job.scope.to ? new Date(job.scope.to) : undefined,
      });
      const outcome = await runInWorkerThread({ comments, givenThemes: job.givenThemes }, (stage, percent) => this.progress(job, stage, percent));
      await this.progress(job, 'describing', 90);
      await this.dataSource.transaction(async (manager) => {
        Object.assign(job, {
          status: 'done',
          stage: 'done',
          percent: 100,
          result: outcome.result,
          commentCount: comments.length,
          otherCount: outcome.otherCount,
          leaseUntil: null,
          completedAt: this.settings.now(),
        });
        await this.syntheses.save(manager, job);
        await this.syntheses.insertAssignments(
          manager,
          outcome.assignments.map((a) => Object.assign(new ThemeAssignment(), { synthesisId: job.id, ...a, later: false })),
        );
        const scope = progressScope(job);
        await this.outbox.publishAll(manager, [
          { contract: Events.SynthesisProgress, aggregateId: job.id, data: { synthesisId: job.id, stage: 'done', percent: 100, scope } },
          {
            contract: Events.FeedbackSynthesized,
            aggregateId: job.id,
            data: {
              synthesisId: job.id,
              commentCount: comments.length,
              otherCount: outcome.otherCount,
              themes: outcome.result.themes.map((t) => ({ key: t.key, label: t.label, keyphrases: t.keyphrases, size: t.size, share: t.share })),
              chosenBy: outcome.result.method.chosenBy,
              completedAt: job.completedAt!.toISOString(),
              scope,
            },
          },
        ]);
      });
    } catch (err) {
      this.logger.error({ err, synthesisId: job.id }, 'synthesis failed');
      await this.dataSource.transaction(async (manager) => {
        Object.assign(job, { status: 'failed', stage: 'failed', leaseUntil: null, error: 'the synthesis failed; quote its id when reporting this', completedAt: this.settings.now() });
        await this.syntheses.save(manager, job);
        await this.outbox.publish(manager, {
          contract: Events.SynthesisProgress,
          aggregateId: job.id,
          data: { synthesisId: job.id, stage: 'failed', percent: job.percent, scope: progressScope(job) },
        });
      });
    }
  }

  private async progress(job: Synthesis, stage: SynthesisStage, percent: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Reporting progress also proves this process still works on the job.
      Object.assign(job, { stage, percent, leaseUntil: new Date(this.settings.now().getTime() + LEASE_MINUTES * 60_000) });
      await this.syntheses.save(manager, job);
      await this.outbox.publish(manager, { contract: Events.SynthesisProgress, aggregateId: job.id, data: { synthesisId: job.id, stage, percent, scope: progressScope(job) } });
    });
  }

  /** Places comments received since the synthesis on its themes; enough that fit none raise `theme.emerging`. */
  private async placeLaterComments(synthesis: Synthesis): Promise<void> {
    const result = synthesis.result;
    if (!result) return;
    for (;;) {
      const later = await this.syntheses.unplacedComments(synthesis.id, synthesis.scope, LATER_BATCH);
      if (later.length === 0) return;
      const placed = assignToSignatures(later, result.themes.map((t) => ({ key: t.key, signature: t.signature })), result.idf);
      const assigned = placed.filter((p) => p.themeKey !== null).length;
      await this.dataSource.transaction(async (manager) => {
        await this.syntheses.insertAssignments(manager, placed.map((p) => Object.assign(new ThemeAssignment(), { synthesisId: synthesis.id, ...p, later: true })));
        synthesis.laterAssigned += assigned;
        synthesis.laterUnassigned += placed.length - assigned;
        const unreported = synthesis.laterUnassigned - synthesis.emergingReported;
        if (unreported >= this.settings.emergingThreshold) {
          const texts = await this.syntheses.laterUnassignedTexts(manager, synthesis.id, 500);
          const described = describeUnassigned(texts, result.idf);
          await this.outbox.publish(manager, {
            contract: Events.ThemeEmerging,
            aggregateId: synthesis.id,
            data: { synthesisId: synthesis.id, unassignedCount: unreported, keyphrases: described.keyphrases, sampleQuotes: described.sampleQuotes, scope: progressScope(synthesis, 'medium') },
          });
          synthesis.emergingReported = synthesis.laterUnassigned;
        }
        await this.syntheses.save(manager, synthesis);
      });
      if (later.length < LATER_BATCH) return;
    }
  }
}

import { Injectable } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  BUREAU_CODE,
  DEFAULT_PERIOD_PAGE_SIZE,
  EngagementInput,
  Events,
  fieldError,
  fieldErrorLine,
  fieldErrorsOf,
  unsafeInput,
  type Actor,
  type BatchEngagementsRequest,
  type BatchItemResult,
  type BatchResult,
  type CheckEngagementRequest,
  type ConflictDetectedV1,
  type FatigueDetectedV1,
  type CreateEngagementRequest,
  type CreateEngagementResult,
  type EngagementActionRequest,
  type EngagementCheck,
  type EngagementHistory,
  type EngagementPage,
  type EngagementRecord,
  type EngagementStatus,
  type EngagementView,
  type FieldError,
  type GetEngagementRequest,
  type ListEngagementsRequest,
  type UpdateEngagementRequest,
} from '#libs/contracts';
import { badRequest, Outbox, refusal, type OutgoingEvent } from '#libs/messaging';
import { fingerprintOf, IdempotencyRepository, INVALID_CURSOR_PROBLEM } from '#libs/persistence';
import { CoordinationService, type AnalysedState } from '../coordination/coordination.service.js';
import { SuggestionService } from '../coordination/suggestion.service.js';
import { reachKeysOf } from '../coordination/reach.js';
import type { OrganizationDirectory } from '../organizations/organization-directory.js';
import { OrganizationReferenceService } from '../organizations/organization-reference.service.js';
import { readEngagementFields, type EngagementFields } from './engagement-input.js';
import { toRecord, scopeOf, toView, viewOf } from './engagement-record.js';
import { Engagement } from './engagement.entity.js';
import { EngagementRepository } from './engagement.repository.js';
import { EngagementStatusChangeRepository } from './engagement-status-change.repository.js';
import { decodeEngagementCursor, encodeEngagementCursor } from './engagement-cursor.js';
import { transitionProblem } from './lifecycle.js';


/** Statuses in which an engagement reaches people, so it takes part in conflict and fatigue analysis. */
const ANALYSED: readonly EngagementStatus[] = ['scheduled', 'postponed', 'held', 'closed'];

/** Where the events of a creation go: the outbox, or, for a check, a list that is looked at and thrown away. */
type Publish = (manager: EntityManager, events: OutgoingEvent[]) => Promise<unknown>;

/** Thrown to roll back a check's transaction once it has seen what a publish would raise. */
const CHECKED_ONLY = Symbol('checked only');

/** Suggestions search at most 12 hours of engagement (`SuggestionQuery.duration`). */
const LONGEST_SUGGESTED_MINUTES = 12 * 60;

function refuse(status: number, message: string): RpcException {
  return new RpcException({ status, message });
}

/** One item's outcome as it is decided: a refusal keeps its field errors until the answer is written. */
type ItemOutcome = Omit<BatchItemResult, 'errors'> & { problems?: FieldError[] };

/** The answer of an item with problems, whose fields and rules travel on as they are. */
function refused(index: number, problems: FieldError[]): ItemOutcome {
  return { index, status: 400, error: problems.map((p) => p.message).join('; '), problems };
}

/** The bureau an actor publishes for (a bureau key only its own, staff any they name), or why not. */
function bureauOf(actor: Actor, named: string | undefined): string | { status: number; error: string; problems: FieldError[] } {
  if (actor.role === 'bureau') {
    const message = !actor.bureauCode ? 'this key speaks for no bureau' : named && named !== actor.bureauCode ? `this key speaks for ${actor.bureauCode}, not ${named}` : null;
    if (message) return { status: 403, error: message, problems: [fieldError('bureau', 'ownBureau', message)] };
    return actor.bureauCode!;
  }
  if (!named) {
    const problem = fieldError('bureau', 'isDefined', 'bureau is required when a coordinator or admin key publishes, e.g. PBOT');
    return { status: 400, error: problem.message, problems: [problem] };
  }
  return named;
}

/** Runs once more when a concurrent request published the same externalId first: the second run finds it. */
async function retryingRace<T>(attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (err) {
    if (isUniqueViolation(err)) return attempt();
    throw err;
  }
}

function mayChange(actor: Actor, e: Engagement): void {
  if (actor.role === 'bureau' && actor.bureauCode !== e.bureau) {
    throw refuse(403, `engagement ${e.id} belongs to ${e.bureau}; this key speaks for ${actor.bureauCode ?? 'no bureau'}`);
  }
}

function mayRead(actor: Actor, e: Engagement | null, id: string): Engagement {
  // Another bureau's draft is not public: it does not exist for this caller.
  if (!e || (e.status === 'draft' && actor.role === 'bureau' && actor.bureauCode !== e.bureau)) throw refuse(404, `no engagement has id "${id}"`);
  return e;
}

function isUniqueViolation(err: unknown): boolean {
  return err instanceof QueryFailedError && (err.driverError as { code?: string } | undefined)?.code === '23505';
}

@Injectable()
export class EngagementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engagements: EngagementRepository,
    private readonly organizations: OrganizationReferenceService,
    private readonly coordination: CoordinationService,
    private readonly idempotency: IdempotencyRepository,
    private readonly outbox: Outbox,
    private readonly suggestions: SuggestionService,
    private readonly history: EngagementStatusChangeRepository,
  ) {}

  /** Where events go outside a check. */
  private readonly toOutbox: Publish = (manager, events) => this.outbox.publishAll(manager, events);

  /**
   * What publishing `request.engagement` now would raise: the publish itself, run in a transaction that is rolled
   * back, so it decides by the very rules of a publish (refusing what a publish refuses) and stores nothing.
   */
  async check(request: CheckEngagementRequest): Promise<EngagementCheck> {
    const directory = await this.organizations.directory();
    return this.checked(request.actor, async (manager, publish) => {
      const [result] = await this.createMany(manager, request.actor, [request.engagement], directory, publish);
      if (result.status >= 400) throw result.problems ? refusal(result.status, result.problems) : refuse(result.status, result.error ?? 'refused');
      return { alreadyPublished: result.status === 200, engagement: result.engagement! };
    });
  }

  /** Runs `work` with its events kept aside, reads what they raise, and rolls the transaction back. */
  private async checked(actor: Actor, work: (manager: EntityManager, publish: Publish) => Promise<{ alreadyPublished: boolean; engagement: EngagementView }>): Promise<EngagementCheck> {
    const raised: OutgoingEvent[] = [];
    let result: { alreadyPublished: boolean; engagement: EngagementView } | undefined;
    try {
      await this.dataSource.transaction(async (manager) => {
        result = await work(manager, async (_, events) => raised.push(...events));
        throw CHECKED_ONLY;
      });
    } catch (err) {
      if (err !== CHECKED_ONLY) throw err;
    }
    const { alreadyPublished, engagement } = result!;
    const check = {
      alreadyPublished,
      conflicts: raised.flatMap((e) => (e.contract === Events.ConflictDetected ? [e.data as ConflictDetectedV1] : [])),
      fatigue: raised.flatMap((e) => (e.contract === Events.FatigueDetected ? [e.data as FatigueDetectedV1] : [])),
    };
    const raisesAny = check.conflicts.length > 0 || check.fatigue.length > 0;
    return { ...check, alternatives: raisesAny ? await this.alternativesTo(actor, engagement) : [] };
  }

  /** Conflict-free, fatigue-free start times from three days before the one asked for to ten days after. */
  private async alternativesTo(actor: Actor, engagement: EngagementView): Promise<EngagementCheck['alternatives']> {
    const audience = engagement.audience.organizations.map((o) => o.id);
    const startsAt = new Date(engagement.startsAt);
    const minutes = Math.round((new Date(engagement.endsAt).getTime() - startsAt.getTime()) / 60_000);
    if (audience.length === 0 || minutes < 15 || minutes > LONGEST_SUGGESTED_MINUTES) return [];
    const from = new Date(Math.max(Date.now(), startsAt.getTime() - 3 * 86_400_000));
    const to = new Date(from.getTime() + 13 * 86_400_000);
    const { slots } = await this.suggestions.suggest({
      actor,
      bureau: engagement.bureau,
      audience: audience.join(','),
      from: from.toISOString(),
      to: to.toISOString(),
      duration: minutes,
      limit: 5,
    });
    return slots;
  }

  async create(request: CreateEngagementRequest): Promise<CreateEngagementResult> {
    const directory = await this.organizations.directory();
    return retryingRace(() =>
      this.idempotent(request.actor, 'create', request.idempotencyKey, request.engagement, async (manager) => {
        const [result] = await this.createMany(manager, request.actor, [request.engagement], directory);
        if (result.status >= 400) throw result.problems ? refusal(result.status, result.problems) : refuse(result.status, result.error ?? 'refused');
        return { created: result.status === 201, engagement: result.engagement! };
      }),
    );
  }

  /** Every item is checked on its own; those that pass are created together, in one commit. */
  async batch(request: BatchEngagementsRequest): Promise<BatchResult> {
    const directory = await this.organizations.directory();
    return retryingRace(() =>
      this.idempotent(request.actor, `batch#${request.part ?? 0}`, request.idempotencyKey, request.items, async (manager) => {
        const results = await this.createMany(manager, request.actor, request.items, directory);
        return {
          created: results.filter((r) => r.status === 201).length,
          unchanged: results.filter((r) => r.status === 200).length,
          failed: results.filter((r) => r.status >= 400).length,
          results: results.map(({ problems, ...result }) => (problems ? { ...result, errors: problems.map(fieldErrorLine), problems } : result)),
        };
      }),
    );
  }

  /**
   * A bureau's own publish on `civic.intake.engagement.<bureau>`, in the inbox transaction: created
   * (or found by externalId), or answered with `civic.intake.engagement.rejected`.
   */
  async intake(manager: EntityManager, bureau: string, eventId: string, data: object): Promise<void> {
    const directory = await this.organizations.directory();
    const actor: Actor = { keyId: `intake:${bureau}`, role: 'bureau', bureauCode: bureau };
    const named = (data as { bureau?: unknown }).bureau;
    const refused = !BUREAU_CODE.test(bureau)
      ? fieldError('subject', 'matches', `"${bureau}" is not a bureau code; publish on civic.intake.engagement.<bureau code>, e.g. PBOT`)
      : named !== undefined && named !== bureau
        ? fieldError('bureau', 'equals', `the subject is for ${bureau} but the engagement names ${String(named)}`)
        : null;
    const [result] = refused ? [{ index: 0, status: 403, error: fieldErrorLine(refused), problems: [refused] }] : await this.createMany(manager, actor, [data], directory);
    if (result.status < 400) return;
    const externalId = (data as { externalId?: unknown }).externalId;
    await this.outbox.publish(manager, {
      contract: Events.EngagementIntakeRejected,
      aggregateId: eventId,
      bureau,
      data: { bureau, intakeEventId: eventId, externalId: typeof externalId === 'string' ? externalId : null, reasons: result.problems?.map(fieldErrorLine) ?? [result.error ?? 'rejected'] },
    });
  }

  /**
   * Checks each item on its own, then creates those that pass with a handful of statements for the
   * whole lot (rows, reach, events, analysis), so a batch of 500 costs about what one does. An
   * externalId the bureau already published (or repeats within the lot) answers 200 with that engagement.
   */
  private async createMany(
    manager: EntityManager,
    actor: Actor,
    items: object[],
    directory: OrganizationDirectory,
    publish: Publish = this.toOutbox,
  ): Promise<ItemOutcome[]> {
    const results: ItemOutcome[] = new Array(items.length);
    const accepted: Array<{ index: number; input: EngagementInput; bureau: string; fields: EngagementFields }> = [];
    for (const [index, item] of items.entries()) {
      // Intake messages come straight from bureaus: text Postgres cannot store, or nesting no engagement has, is refused before it is read.
      const unsafe = unsafeInput(item);
      if (unsafe) {
        results[index] = refused(index, [unsafe]);
        continue;
      }
      const input = plainToInstance(EngagementInput, item);
      const problems = fieldErrorsOf(validateSync(input, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false }));
      if (problems.length > 0) {
        results[index] = refused(index, problems);
        continue;
      }
      const bureau = bureauOf(actor, input.bureau);
      if (typeof bureau !== 'string') {
        results[index] = { index, ...bureau };
        continue;
      }
      const fields = readEngagementFields(input, directory);
      if (Array.isArray(fields)) results[index] = refused(index, fields);
      else accepted.push({ index, input, bureau, fields });
    }

    const keyOf = (bureau: string, externalId: string) => `${bureau}\u0000${externalId}`;
    const withExternalId = accepted.filter((a) => a.input.externalId).map((a) => ({ bureau: a.bureau, externalId: a.input.externalId! }));
    const published = new Map((await this.engagements.findByExternalIds(manager, withExternalId)).map((e) => [keyOf(e.bureau, e.externalId!), e]));
    const now = new Date();
    const created: Array<{ engagement: Engagement; keys: string[]; record: EngagementRecord }> = [];
    for (const { index, input, bureau, fields } of accepted) {
      const key = input.externalId ? keyOf(bureau, input.externalId) : null;
      const already = key ? published.get(key) : undefined;
      if (already) {
        results[index] = { index, status: 200, engagement: toView(already, directory, actor) };
        continue;
      }
      const e = Object.assign(new Engagement(), {
        ...fields,
        id: uuidv7(),
        bureau,
        status: input.status ?? 'scheduled',
        actualAttendance: null,
        externalId: input.externalId ?? null,
        heldAt: null,
        cancelledAt: null,
        cancellationReason: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      } satisfies Engagement);
      if (key) published.set(key, e);
      const record = toRecord(e, directory);
      created.push({ engagement: e, keys: ANALYSED.includes(e.status) ? reachKeysOf(e, (id) => directory.get(id)) : [], record });
      results[index] = { index, status: 201, engagement: viewOf(record, e, actor) };
    }

    await this.engagements.insertMany(manager, created.map((c) => c.engagement));
    await this.history.record(manager, created.map(({ engagement: e }) => ({ engagementId: e.id, fromStatus: null, toStatus: e.status, changedAt: e.createdAt, reason: null })));
    await this.engagements.insertReach(manager, created);
    // Written before the analysis takes its locks, so that concurrent batches wait on each other for the analysis alone.
    await publish(
      manager,
      created
        .filter(({ engagement: e }) => e.status === 'scheduled')
        .map(({ engagement: e, record }) => ({
          contract: Events.EngagementScheduled,
          aggregateId: e.id,
          bureau: e.bureau,
          data: { engagement: record, previousStatus: 'none', scope: scopeOf([e], directory, 'info') },
        })),
    );
    await publish(manager, await this.coordination.afterCreateMany(manager, created, directory));
    return results;
  }

  async update(request: UpdateEngagementRequest): Promise<EngagementView> {
    const directory = await this.organizations.directory();
    return this.idempotent(request.actor, `update:${request.id}`, request.idempotencyKey, request, (manager) => this.applyChanges(manager, request, directory));
  }

  /**
   * What `PATCH /v1/engagements/{id}` with these changes would raise now: the update itself, run in a transaction
   * that is rolled back, so it refuses what the update refuses (a stale version too) and stores nothing.
   */
  async checkChange(request: UpdateEngagementRequest): Promise<EngagementCheck> {
    const directory = await this.organizations.directory();
    return this.checked(request.actor, async (manager, publish) => ({ alreadyPublished: false, engagement: await this.applyChanges(manager, request, directory, publish) }));
  }

  private async applyChanges(manager: EntityManager, request: UpdateEngagementRequest, directory: OrganizationDirectory, publish?: Publish): Promise<EngagementView> {
    const { actor, changes } = request;
    const e = await this.locked(manager, actor, request.id, request.expectedVersion);
    const sent = Object.entries(changes).filter(([, value]) => value !== undefined);
    if (sent.length === 0) throw badRequest([fieldError('body', 'hasChanges', 'send at least one field to change')]);
    if (e.status === 'cancelled' || e.status === 'closed') throw refuse(409, `engagement ${e.id} is ${e.status} and can no longer change`);
    const status = changes.status ?? e.status;
    const problem = status === e.status ? null : transitionProblem(e.status, status);
    if (problem) throw refuse(409, problem);
    const fields = readEngagementFields(changes, directory, e);
    if (Array.isArray(fields)) throw badRequest(fields);
    const before = this.stateOf(e);
    Object.assign(e, fields, { status, version: e.version + 1, updatedAt: new Date() });
    await this.engagements.save(manager, e);
    await this.changed(manager, before, e, directory, publish);
    return toView(e, directory, actor);
  }

  async cancel(request: EngagementActionRequest): Promise<EngagementView> {
    return this.transition(request, 'cancelled', () => ({ cancelledAt: new Date(), cancellationReason: request.reason?.trim() || null }));
  }

  async hold(request: EngagementActionRequest): Promise<EngagementView> {
    if (request.actualAttendance === undefined) throw badRequest([fieldError('actualAttendance', 'isDefined', 'actualAttendance is required to mark an engagement held')]);
    return this.transition(request, 'held', () => ({ actualAttendance: request.actualAttendance!, heldAt: new Date() }));
  }

  private async transition(request: EngagementActionRequest, to: EngagementStatus, extra: () => Partial<Engagement>): Promise<EngagementView> {
    const directory = await this.organizations.directory();
    return this.idempotent(request.actor, `${to}:${request.id}`, request.idempotencyKey, request, async (manager) => {
      const e = await this.locked(manager, request.actor, request.id, request.expectedVersion);
      const problem = transitionProblem(e.status, to);
      if (problem) throw refuse(409, problem);
      const before = this.stateOf(e);
      Object.assign(e, extra(), { status: to, version: e.version + 1, updatedAt: new Date() });
      await this.engagements.save(manager, e);
      await this.changed(manager, before, e, directory);
      return toView(e, directory, request.actor);
    });
  }

  /** Its statuses, oldest first, for whoever may read the engagement. */
  async statusHistory(request: GetEngagementRequest): Promise<EngagementHistory> {
    const e = mayRead(request.actor, await this.engagements.findById(request.id), request.id);
    const steps = await this.history.of(this.dataSource.manager, e.id);
    return { items: steps.map((c) => ({ from: c.fromStatus, to: c.toStatus, at: c.changedAt.toISOString(), reason: c.reason })) };
  }

  async get(request: GetEngagementRequest): Promise<EngagementView> {
    const e = mayRead(request.actor, await this.engagements.findById(request.id), request.id);
    return toView(e, await this.organizations.directory(), request.actor);
  }

  async list(request: ListEngagementsRequest): Promise<EngagementPage> {
    const after = request.cursor === undefined ? null : decodeEngagementCursor(request.cursor);
    if (request.cursor !== undefined && !after) throw badRequest([INVALID_CURSOR_PROBLEM]);
    const directory = await this.organizations.directory();
    const neighborhood = request.neighborhood === undefined ? undefined : directory.find(request.neighborhood);
    const organization = request.organization === undefined ? undefined : directory.find(request.organization);
    // A community the registry does not know has no engagements.
    if ((request.neighborhood !== undefined && !neighborhood) || (request.organization !== undefined && !organization)) return { items: [], nextCursor: null, total: 0 };
    const limit = request.limit ?? DEFAULT_PERIOD_PAGE_SIZE;
    const criteria = {
        bureau: request.bureau,
        district: request.district,
        neighborhoodId: neighborhood?.id,
        organizationIds: organization ? directory.withMembers(organization) : undefined,
        status: request.status,
        kind: request.kind,
        language: request.language,
        accessibility: request.accessibility,
        text: request.q,
        from: request.from ? new Date(request.from) : undefined,
        to: request.to ? new Date(request.to) : undefined,
        draftsOf: request.actor.role === 'bureau' ? (request.actor.bureauCode ?? '') : 'all',
    };
    const [found, total] = await Promise.all([this.engagements.page(criteria, after, limit + 1), this.engagements.count(criteria)]);
    const items = found.slice(0, limit);
    const last = items.at(-1);
    return { items: items.map((e) => toView(e, directory, request.actor)), nextCursor: found.length > limit && last ? encodeEngagementCursor(last) : null, total };
  }

  private async locked(manager: EntityManager, actor: Actor, id: string, expectedVersion: number | undefined): Promise<Engagement> {
    const e = mayRead(actor, await this.engagements.lockById(manager, id), id);
    mayChange(actor, e);
    if (expectedVersion !== undefined && expectedVersion !== e.version) {
      throw refuse(412, `engagement ${e.id} is at version ${e.version}, not ${expectedVersion}; read it again and retry`);
    }
    return e;
  }

  private stateOf(e: Engagement): AnalysedState {
    return { status: e.status, startsAt: e.startsAt, endsAt: e.endsAt };
  }

  /** After any change: who it reaches, its event, and the analysis, all in the caller's transaction. */
  private async changed(
    manager: EntityManager,
    before: AnalysedState | null,
    e: Engagement,
    directory: OrganizationDirectory,
    publish: Publish = this.toOutbox,
  ): Promise<void> {
    const keys = ANALYSED.includes(e.status) ? reachKeysOf(e, (id) => directory.get(id)) : [];
    await this.engagements.replaceReach(manager, e, keys);
    if (before && before.status !== e.status) {
      await this.history.record(manager, [{ engagementId: e.id, fromStatus: before.status, toStatus: e.status, changedAt: e.updatedAt, reason: e.status === 'cancelled' ? e.cancellationReason : null }]);
    }
    const contract = this.eventFor(before?.status ?? null, e.status);
    if (contract) {
      await publish(manager, [
        {
          contract,
          aggregateId: e.id,
          bureau: e.bureau,
          data: { engagement: toRecord(e, directory), previousStatus: before?.status ?? 'none', scope: scopeOf([e], directory, 'info') },
        },
      ]);
    }
    await publish(manager, await this.coordination.afterChange(manager, before, e, keys, directory));
  }

  /** Drafts are the bureau's own business: they publish nothing, and cancelling one announces nothing. */
  private eventFor(previous: EngagementStatus | null, next: EngagementStatus) {
    if (next === 'draft' || (next === 'cancelled' && previous === 'draft')) return null;
    if (previous === next) return Events.EngagementUpdated;
    switch (next) {
      case 'scheduled':
        return Events.EngagementScheduled;
      case 'postponed':
        return Events.EngagementPostponed;
      case 'cancelled':
        return Events.EngagementCancelled;
      case 'held':
        return Events.EngagementHeld;
      default:
        return Events.EngagementUpdated;
    }
  }

  /**
   * Runs `work` in one transaction; with an Idempotency-Key, the reply is kept in that transaction
   * and a repeat of the key gets the same reply without running again.
   */
  private idempotent<T>(actor: Actor, operation: string, key: string | undefined, body: unknown, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      if (!key) return work(manager);
      const scope = `${actor.keyId ?? `${actor.role}:${actor.bureauCode ?? ''}`}:${operation}`;
      const fingerprint = fingerprintOf(body);
      const stored = await this.idempotency.find(manager, scope, key);
      if (stored) {
        if (stored.fingerprint !== fingerprint) throw refuse(422, `Idempotency-Key "${key}" was already used for a different request`);
        return stored.body as T;
      }
      const reply = await work(manager);
      await this.idempotency.save(manager, scope, key, { fingerprint, status: 200, body: reply });
      return reply;
    });
  }
}

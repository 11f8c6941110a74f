import type { MessageHandler } from '@nestjs/microservices';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { isObservable, lastValueFrom } from 'rxjs';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { CloudEventEnvelope, fieldErrorLine, fieldErrorsOf, type CloudEvent, type DeadLetterRecord, type EventCatalog } from '#libs/contracts';
import { isTransientDatabaseError, type InboxEventRepository } from '#libs/persistence';
import { runInContext, type ServiceMetrics } from '#libs/observability';
import { EventContext } from './event-context.js';
import { backoff } from './options.js';
import { QueryUnavailableError } from './queries.js';

/** One delivery of a message to one consumer, as any transport sees it. */
export interface Delivery {
  /** Subject without the deployment prefix. */
  subject: string;
  body: Uint8Array | string;
  /** 1 on first delivery. */
  deliveryCount: number;
}

export type Outcome =
  | { kind: 'handled' }
  | { kind: 'duplicate' }
  | { kind: 'retry'; delayMs: number; error: string }
  | { kind: 'deadletter'; record: DeadLetterRecord };

export interface RetryPolicy {
  maxDeliveries: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** How long the broker waits for an ack before redelivering; events held through an outage are kept alive within it. */
  ackWaitMs?: number;
}

/** The database or another service could not be reached: the event did nothing and is tried again, not counted against it. */
export function isOutage(err: unknown): boolean {
  return isTransientDatabaseError(err) || err instanceof QueryUnavailableError;
}

/** A delivery whose envelope and payload passed validation. */
interface Accepted {
  index: number;
  delivery: Delivery;
  event: CloudEvent;
  payload: object;
  text: string;
}

const decoder = new TextDecoder();

/**
 * The contract every transport shares: validate the envelope and payload, run the handlers in a
 * transaction that first records the events in the inbox, and decide what happens to each message.
 *
 * A batch runs in one transaction (one commit for many events). If any handler in it throws, the
 * transaction rolls back and each event is run again in a transaction of its own, so that one
 * failing event never holds back or duplicates the others.
 */
export class EventDispatcher {
  private stopping = false;
  private readonly wakeHeld = new Set<() => void>();

  constructor(
    private readonly service: string,
    private readonly dataSource: DataSource,
    private readonly inbox: InboxEventRepository,
    private readonly catalog: EventCatalog,
    private readonly policy: RetryPolicy,
    private readonly metrics: ServiceMetrics,
    private readonly logger: Logger,
  ) {}

  async dispatch(consumer: string, handler: MessageHandler, delivery: Delivery, keepAlive?: () => void): Promise<Outcome> {
    const [outcome] = await this.dispatchBatch(consumer, handler, [delivery], keepAlive);
    return outcome;
  }

  /** Ends every hold at once (the consumer is stopping): held events are given back for redelivery. */
  stop(): void {
    this.stopping = true;
    for (const wake of this.wakeHeld) wake();
  }

  /**
   * Outcomes in the order of `deliveries`, which is also the order handlers run in. While the
   * database (or a service a handler asks) is unreachable, the batch is held and tried again with
   * backoff, without a redelivery: an outage spends no delivery and dead-letters nothing.
   * `keepAlive` tells the broker the held messages are still being worked on.
   */
  async dispatchBatch(consumer: string, handler: MessageHandler, deliveries: Delivery[], keepAlive?: () => void): Promise<Outcome[]> {
    const outcomes: Outcome[] = new Array(deliveries.length);
    const accepted: Accepted[] = [];
    for (let i = 0; i < deliveries.length; i++) {
      const checked = await this.check(consumer, deliveries[i], i);
      if ('kind' in checked) outcomes[i] = checked;
      else accepted.push(checked);
    }
    if (accepted.length > 0) {
      const started = process.hrtime.bigint();
      try {
        const fresh = await this.throughOutages(consumer, accepted.length, keepAlive, () => this.run(consumer, handler, accepted));
        for (const a of accepted) outcomes[a.index] = fresh.has(a.index) ? { kind: 'handled' } : { kind: 'duplicate' };
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const now = Date.now();
        for (const a of accepted) {
          this.metrics.handlerSeconds(a.delivery.subject, consumer, seconds);
          if (fresh.has(a.index)) this.metrics.eventAge(a.delivery.subject, consumer, (now - Date.parse(a.event.time)) / 1000);
        }
      } catch (err) {
        if (accepted.length === 1) outcomes[accepted[0].index] = this.failed(consumer, accepted[0], err);
        else for (const a of accepted) outcomes[a.index] = await this.runAlone(consumer, handler, a, keepAlive);
      }
    }
    deliveries.forEach((d, i) => this.count(consumer, d, outcomes[i]));
    return outcomes;
  }

  private async runAlone(consumer: string, handler: MessageHandler, accepted: Accepted, keepAlive?: () => void): Promise<Outcome> {
    try {
      const fresh = await this.throughOutages(consumer, 1, keepAlive, () => this.run(consumer, handler, [accepted]));
      return fresh.size > 0 ? { kind: 'handled' } : { kind: 'duplicate' };
    } catch (err) {
      return this.failed(consumer, accepted, err);
    }
  }

  /** Runs `attempt` until it succeeds, fails for a reason of its own, or the consumer stops. */
  private async throughOutages<T>(consumer: string, events: number, keepAlive: (() => void) | undefined, attempt: () => Promise<T>): Promise<T> {
    for (let n = 1; ; n++) {
      try {
        return await attempt();
      } catch (err) {
        if (!isOutage(err) || this.stopping) throw err;
        const retryInMs = backoff(n, this.policy.retryBaseMs, this.policy.retryMaxMs);
        this.metrics.heldForOutage(consumer, events);
        if (n === 1 || n % 10 === 0) {
          this.logger.warn({ consumer, events, attempt: n, retryInMs, err: describe(err) }, 'database or service unavailable; holding events until it is back');
        }
        await this.hold(retryInMs, keepAlive);
      }
    }
  }

  /** Waits `ms` in slices well inside the broker's ack wait, keeping the held messages alive; ends early on stop. */
  private async hold(ms: number, keepAlive?: () => void): Promise<void> {
    const slice = Math.max(50, Math.min(5000, (this.policy.ackWaitMs ?? 30_000) / 3));
    for (let left = ms; left > 0 && !this.stopping; left -= slice) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.wakeHeld.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, Math.min(slice, left));
        this.wakeHeld.add(wake);
      });
      keepAlive?.();
    }
  }

  /** Runs the handlers of every new event in one transaction; returns the indexes that were new. */
  private async run(consumer: string, handler: MessageHandler, batch: Accepted[]): Promise<Set<number>> {
    return this.dataSource.transaction(async (manager) => {
      const newIds = await this.inbox.recordAll(
        manager,
        consumer,
        batch.map((a) => ({ eventId: a.event.id, subject: a.delivery.subject })),
      );
      const fresh = new Set<number>();
      for (const a of batch) {
        // The same id twice in one batch (a redelivery racing the first) runs once.
        if (!newIds.delete(a.event.id)) continue;
        fresh.add(a.index);
        await this.invoke(handler, a, manager, consumer);
      }
      return fresh;
    });
  }

  private invoke(handler: MessageHandler, a: Accepted, manager: EntityManager, consumer: string): Promise<void> {
    const { event } = a;
    return runInContext({ correlationId: event.correlationid, eventId: event.id, eventType: event.type }, async () => {
      const context = new EventContext([event, manager, a.delivery.deliveryCount, consumer, a.delivery.subject]);
      for (let h: MessageHandler | undefined = handler; h; h = h.next) {
        const result = await h(a.payload, context);
        if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
      }
      this.logger.debug({ consumer, deliveryCount: a.delivery.deliveryCount }, 'event handled');
    });
  }

  private failed(consumer: string, a: Accepted, err: unknown): Outcome {
    const error = describe(err);
    const { deliveryCount } = a.delivery;
    const log = { consumer, deliveryCount, eventId: a.event.id, eventType: a.event.type, correlationId: a.event.correlationid, err: error };
    if (isOutage(err)) {
      // Only reached when the consumer stops during an outage: give the event back, whatever its count.
      this.logger.warn(log, 'consumer stopping during an outage; event given back');
      return { kind: 'retry', delayMs: this.policy.retryBaseMs, error };
    }
    if (deliveryCount >= this.policy.maxDeliveries) {
      this.logger.error(log, 'handler failed; dead-lettering');
      return this.deadLetter(consumer, a.delivery, a.text, 'handler-failed', error, { eventId: a.event.id, eventType: a.event.type });
    }
    const delayMs = backoff(deliveryCount, this.policy.retryBaseMs, this.policy.retryMaxMs);
    this.logger.warn({ ...log, delayMs }, 'handler failed; will retry');
    return { kind: 'retry', delayMs, error };
  }

  /** Validates envelope and payload; anything that can never succeed goes to the dead letter now. */
  private async check(consumer: string, delivery: Delivery, index: number): Promise<Accepted | Outcome> {
    const text = typeof delivery.body === 'string' ? delivery.body : decoder.decode(delivery.body);
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (err) {
      return this.deadLetter(consumer, delivery, text, 'invalid-envelope', `body is not JSON: ${(err as Error).message}`);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return this.deadLetter(consumer, delivery, text, 'invalid-envelope', 'invalid CloudEvents envelope: not a JSON object');
    }
    const envelope = plainToInstance(CloudEventEnvelope, raw);
    const envelopeErrors = flatten(await validate(envelope, { forbidUnknownValues: false }));
    if (envelopeErrors.length > 0) {
      return this.deadLetter(consumer, delivery, text, 'invalid-envelope', `invalid CloudEvents envelope: ${envelopeErrors.join('; ')}`, {
        validationErrors: envelopeErrors,
      });
    }
    const ids = { eventId: envelope.id, eventType: envelope.type };
    const contract = this.catalog.get(delivery.subject);
    if (!contract) return this.deadLetter(consumer, delivery, text, 'unknown-subject', `no contract for subject ${delivery.subject}`, ids);
    if (envelope.type !== contract.type) {
      const error = `type ${envelope.type} does not match ${contract.type} for ${delivery.subject}`;
      return this.deadLetter(consumer, delivery, text, 'invalid-envelope', error, ids);
    }
    const payload = plainToInstance(contract.payload, envelope.data);
    const payloadErrors = flatten(await validate(payload, { whitelist: true, forbidUnknownValues: false }));
    if (payloadErrors.length > 0) {
      const error = `invalid ${contract.type} payload: ${payloadErrors.join('; ')}`;
      return this.deadLetter(consumer, delivery, text, 'invalid-payload', error, { ...ids, validationErrors: payloadErrors });
    }
    if (delivery.deliveryCount > this.policy.maxDeliveries) {
      // Deliveries that never came back (a process that crashed on this message) still end.
      const error = `not acknowledged after ${this.policy.maxDeliveries} deliveries`;
      return this.deadLetter(consumer, delivery, text, 'handler-failed', error, ids);
    }
    return { index, delivery, text, payload, event: { ...(raw as CloudEvent), data: payload } };
  }

  private deadLetter(
    consumer: string,
    delivery: Delivery,
    message: string,
    reason: DeadLetterRecord['reason'],
    error: string,
    extra: Partial<DeadLetterRecord> = {},
  ): Outcome {
    return {
      kind: 'deadletter',
      record: {
        reason,
        error,
        consumer,
        service: this.service,
        deliveryCount: delivery.deliveryCount,
        subject: delivery.subject,
        deadLetteredAt: new Date().toISOString(),
        message,
        ...extra,
      },
    };
  }

  private count(consumer: string, delivery: Delivery, outcome: Outcome): void {
    this.metrics.consumed(delivery.subject, consumer, outcome.kind);
    if (outcome.kind === 'retry') this.metrics.retried(delivery.subject, consumer);
    if (outcome.kind === 'deadletter') this.metrics.deadLettered(delivery.subject, consumer, outcome.record.reason);
  }
}

function describe(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === 'object' && err !== null && 'message' in err) return String((err as { message: unknown }).message);
  return String(err);
}

/** `field.sub: message` for every failed constraint, nested ones included (dead letters keep lines). */
export function flatten(errors: ValidationError[]): string[] {
  return fieldErrorsOf(errors).map(fieldErrorLine);
}

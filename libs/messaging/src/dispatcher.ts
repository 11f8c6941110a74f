import type { MessageHandler } from '@nestjs/microservices';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { isObservable, lastValueFrom } from 'rxjs';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { CloudEventEnvelope, type CloudEvent, type DeadLetterRecord, type EventCatalog } from '#libs/contracts';
import type { InboxEventRepository } from '#libs/persistence';
import { runInContext, type ServiceMetrics } from '#libs/observability';
import { EventContext } from './event-context.js';
import { backoff } from './options.js';

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
}

const decoder = new TextDecoder();

/**
 * The contract every transport shares: validate the envelope and payload, run the handlers in one
 * transaction that first records the event in the inbox, and decide what happens to the message.
 */
export class EventDispatcher {
  constructor(
    private readonly service: string,
    private readonly dataSource: DataSource,
    private readonly inbox: InboxEventRepository,
    private readonly catalog: EventCatalog,
    private readonly policy: RetryPolicy,
    private readonly metrics: ServiceMetrics,
    private readonly logger: Logger,
  ) {}

  async dispatch(consumer: string, handler: MessageHandler, delivery: Delivery): Promise<Outcome> {
    const outcome = await this.decide(consumer, handler, delivery);
    this.metrics.consumed(delivery.subject, consumer, outcome.kind);
    if (outcome.kind === 'retry') this.metrics.retried(delivery.subject, consumer);
    if (outcome.kind === 'deadletter') this.metrics.deadLettered(delivery.subject, consumer, outcome.record.reason);
    return outcome;
  }

  private async decide(consumer: string, handler: MessageHandler, delivery: Delivery): Promise<Outcome> {
    const text = typeof delivery.body === 'string' ? delivery.body : decoder.decode(delivery.body);
    const deadLetter = (reason: DeadLetterRecord['reason'], error: string, extra: Partial<DeadLetterRecord> = {}): Outcome => ({
      kind: 'deadletter',
      record: {
        reason,
        error,
        consumer,
        service: this.service,
        deliveryCount: delivery.deliveryCount,
        subject: delivery.subject,
        deadLetteredAt: new Date().toISOString(),
        message: text,
        ...extra,
      },
    });

    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (err) {
      return deadLetter('invalid-envelope', `body is not JSON: ${(err as Error).message}`);
    }
    const envelope = plainToInstance(CloudEventEnvelope, raw);
    const envelopeErrors = await validate(envelope ?? {}, { forbidUnknownValues: false });
    if (typeof raw !== 'object' || raw === null || envelopeErrors.length > 0) {
      const messages = flatten(envelopeErrors);
      return deadLetter('invalid-envelope', `invalid CloudEvents envelope: ${messages.join('; ') || 'not an object'}`, {
        validationErrors: messages,
      });
    }
    const ids = { eventId: envelope.id, eventType: envelope.type };
    const contract = this.catalog.get(delivery.subject);
    if (!contract) return deadLetter('unknown-subject', `no contract for subject ${delivery.subject}`, ids);
    if (envelope.type !== contract.type) {
      return deadLetter('invalid-envelope', `type ${envelope.type} does not match ${contract.type} for ${delivery.subject}`, ids);
    }
    const payload = plainToInstance(contract.payload, envelope.data);
    const payloadErrors = await validate(payload, { whitelist: true, forbidUnknownValues: false });
    if (payloadErrors.length > 0) {
      const messages = flatten(payloadErrors);
      return deadLetter('invalid-payload', `invalid ${contract.type} payload: ${messages.join('; ')}`, {
        ...ids,
        validationErrors: messages,
      });
    }

    const event = { ...(raw as CloudEvent), data: payload } as CloudEvent;
    return runInContext({ correlationId: envelope.correlationid, eventId: envelope.id, eventType: envelope.type }, async () => {
      if (delivery.deliveryCount > this.policy.maxDeliveries) {
        return deadLetter('handler-failed', `not acknowledged after ${this.policy.maxDeliveries} deliveries`, ids);
      }
      const started = process.hrtime.bigint();
      try {
        const fresh = await this.dataSource.transaction(async (manager) => {
          if (!(await this.inbox.record(manager, consumer, envelope.id, delivery.subject))) return false;
          const context = new EventContext([event, manager, delivery.deliveryCount, consumer]);
          for (let h: MessageHandler | undefined = handler; h; h = h.next) {
            const result = await h(payload, context);
            if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
          }
          return true;
        });
        this.metrics.handlerSeconds(delivery.subject, consumer, Number(process.hrtime.bigint() - started) / 1e9);
        return fresh ? { kind: 'handled' } : { kind: 'duplicate' };
      } catch (err) {
        const error = describe(err);
        if (delivery.deliveryCount >= this.policy.maxDeliveries) {
          this.logger.error({ consumer, deliveryCount: delivery.deliveryCount, err: error }, 'handler failed; dead-lettering');
          return deadLetter('handler-failed', error, ids);
        }
        const delayMs = backoff(delivery.deliveryCount, this.policy.retryBaseMs, this.policy.retryMaxMs);
        this.logger.warn({ consumer, deliveryCount: delivery.deliveryCount, delayMs, err: error }, 'handler failed; will retry');
        return { kind: 'retry', delayMs, error };
      }
    });
  }
}

function describe(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === 'object' && err !== null && 'message' in err) return String((err as { message: unknown }).message);
  return String(err);
}

/** `field.sub: rule message` for every failed constraint, nested ones included. */
export function flatten(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) => `${path}: ${m}`);
    return [...own, ...flatten(e.children ?? [], path)];
  });
}

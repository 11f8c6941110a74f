import { BaseRpcContext } from '@nestjs/microservices';
import type { EntityManager } from 'typeorm';
import type { CloudEvent } from '#libs/contracts';

type EventContextArgs = [CloudEvent, EntityManager, number, string, string?];

/**
 * What an `@EventPattern` handler gets with `@Ctx()`: the envelope, and the entity manager of the
 * transaction that already holds the inbox record. Write effects (and outbox events) through
 * `manager`; the message is acked only after this transaction commits.
 */
export class EventContext extends BaseRpcContext<EventContextArgs> {
  get envelope(): CloudEvent {
    return this.args[0];
  }

  get manager(): EntityManager {
    return this.args[1];
  }

  get deliveryCount(): number {
    return this.args[2];
  }

  get consumer(): string {
    return this.args[3];
  }

  get correlationId(): string {
    return this.args[0].correlationid;
  }

  /** The subject the event arrived on, without the deployment prefix: it tells which one a wildcard pattern matched. */
  get subject(): string {
    return this.args[4] ?? '';
  }
}

/** What a `@MessagePattern` query handler gets with `@Ctx()`. */
export class QueryContext extends BaseRpcContext<[string, string]> {
  get pattern(): string {
    return this.args[0];
  }

  get correlationId(): string {
    return this.args[1];
  }
}

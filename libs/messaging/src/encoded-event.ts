import type { CloudEvent } from '#libs/contracts';

/**
 * An event already written as JSON, as the outbox stores it: a transport sends the text as it is
 * instead of parsing it from the row and writing it again.
 */
export class EncodedEvent {
  constructor(
    readonly id: string,
    readonly aggregateId: string,
    readonly type: string,
    readonly correlationId: string,
    readonly json: string,
  ) {}

  static of(event: CloudEvent | EncodedEvent): EncodedEvent {
    if (event instanceof EncodedEvent) return event;
    return new EncodedEvent(event.id, event.subject ?? event.id, event.type, event.correlationid, JSON.stringify(event));
  }
}

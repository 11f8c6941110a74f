import { ClientProxy, type ReadPacket, type WritePacket } from '@nestjs/microservices';
import type { CloudEvent } from '#libs/contracts';
import { currentCorrelationId } from '#libs/observability';
import { EncodedEvent } from '../encoded-event.js';
import type { SubjectNaming } from '../naming.js';
import { QueryFailedError, QueryUnavailableError } from '../queries.js';
import type { InProcessBroker } from './in-process.broker.js';

export class InProcessClient extends ClientProxy {
  constructor(
    private readonly naming: SubjectNaming,
    private readonly broker: InProcessBroker,
    private readonly queryTimeoutMs: number,
  ) {
    super();
  }

  async connect(): Promise<void> {}

  close(): void {}

  unwrap<T>(): T {
    return this.broker as T;
  }

  protected async dispatchEvent<T = unknown>(packet: ReadPacket<CloudEvent | EncodedEvent>): Promise<T> {
    const event = EncodedEvent.of(packet.data);
    const stored = await this.broker.publish(this.naming.subject(packet.pattern), event.id, event.json, event.aggregateId);
    return { duplicate: !stored } as T;
  }

  protected publish(packet: ReadPacket, callback: (packet: WritePacket) => void): () => void {
    const pattern = String(packet.pattern);
    void this.broker
      .request(this.naming.query(pattern), { correlationId: currentCorrelationId(), data: packet.data }, this.queryTimeoutMs)
      .then((reply) => {
        if (reply === 'no-responder' || reply === 'timeout') {
          callback({ err: new QueryUnavailableError(pattern, reply, this.queryTimeoutMs), isDisposed: true });
        } else if ('error' in reply) {
          callback({ err: new QueryFailedError(pattern, reply.error.message, reply.error.status, reply.error.errors), isDisposed: true });
        } else {
          callback({ response: reply.data, isDisposed: true });
        }
      });
    return () => undefined;
  }

  protected override serializeError(err: unknown): unknown {
    return err;
  }
}

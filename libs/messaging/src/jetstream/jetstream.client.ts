import { ClientProxy, type ReadPacket, type WritePacket } from '@nestjs/microservices';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/nats-core';
import type { CloudEvent } from '#libs/contracts';
import { currentCorrelationId } from '#libs/observability';
import { EncodedEvent } from '../encoded-event.js';
import type { SubjectNaming } from '../naming.js';
import { QueryFailedError, QueryUnavailableError, type QueryReply } from '../queries.js';
import type { NatsLink } from './nats-link.js';
import type { StreamProvisioner } from './provisioning.js';

const encoder = new TextEncoder();

/**
 * Publishes CloudEvents to JetStream (`emit`, resolving on the stream's ack) and sends queries as
 * core-NATS requests (`send`).
 */
export class JetStreamClient extends ClientProxy {
  constructor(
    private readonly naming: SubjectNaming,
    private readonly link: NatsLink,
    private readonly queryTimeoutMs: number,
    private readonly streams: StreamProvisioner,
  ) {
    super();
  }

  async connect(): Promise<NatsConnection> {
    return this.link.nc();
  }

  async close(): Promise<void> {
    // The link is closed by its owner, after the transport has drained.
  }

  unwrap<T>(): T {
    return this.link as T;
  }

  protected async dispatchEvent<T = unknown>(packet: ReadPacket<CloudEvent | EncodedEvent>): Promise<T> {
    const event = EncodedEvent.of(packet.data);
    const js = await this.link.js();
    const h = natsHeaders();
    h.set('Civic-Aggregate', event.aggregateId);
    h.set('Civic-Correlation-Id', event.correlationId);
    h.set('Ce-Type', event.type);
    try {
      const ack = await js.publish(this.naming.subject(packet.pattern), encoder.encode(event.json), {
        msgID: event.id,
        headers: h,
      });
      return ack as T;
    } catch (err) {
      // No stream answers for the subject: the broker lost its state. Put the streams back for the retry.
      if (/no responders|503/i.test(String((err as Error)?.message))) await this.streams.heal();
      throw err;
    }
  }

  protected publish(packet: ReadPacket, callback: (packet: WritePacket) => void): () => void {
    const pattern = String(packet.pattern);
    void (async () => {
      try {
        const nc = await this.link.nc();
        const reply = await nc.request(
          this.naming.query(pattern),
          JSON.stringify({ correlationId: currentCorrelationId(), data: packet.data }),
          { timeout: this.queryTimeoutMs },
        );
        const body = reply.json<QueryReply>();
        if ('error' in body) callback({ err: new QueryFailedError(pattern, body.error.message, body.error.status, body.error.errors), isDisposed: true });
        else callback({ response: body.data, isDisposed: true });
      } catch (err) {
        const e = err as { name?: string; message?: string; isNoResponders?: () => boolean; cause?: { name?: string } };
        const noResponder = e.isNoResponders?.() || /no responders/i.test(e.message ?? '') || e.cause?.name === 'NoRespondersError';
        callback({
          err: new QueryUnavailableError(pattern, noResponder ? 'no-responder' : 'timeout', this.queryTimeoutMs),
          isDisposed: true,
        });
      }
    })();
    return () => undefined;
  }

  protected override serializeError(err: unknown): unknown {
    return err;
  }
}

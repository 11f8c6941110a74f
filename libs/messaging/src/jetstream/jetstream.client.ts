import { ClientProxy, type ReadPacket, type WritePacket } from '@nestjs/microservices';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/nats-core';
import type { CloudEvent } from '#libs/contracts';
import { currentCorrelationId } from '#libs/observability';
import { EncodedEvent } from '../encoded-event.js';
import type { SubjectNaming } from '../naming.js';
import { QueryFailedError, QueryUnavailableError, type QueryReply } from '../queries.js';
import type { NatsLink } from './nats-link.js';
import type { StreamProvisioner } from './provisioning.js';
import type { LargePayloads } from './large-payloads.js';

const encoder = new TextEncoder();
/** Extra time given to a query whose request travels through the payload bucket. */
const LARGE_REQUEST_ALLOWANCE_MS = 5000;
const decoder = new TextDecoder();

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
    private readonly payloads: LargePayloads,
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
    this.request(pattern, packet.data).then(
      (response) => callback({ response, isDisposed: true }),
      (err: unknown) => callback({ err, isDisposed: true }),
    );
    return () => undefined;
  }

  /** One query: the request and its answer each go inline, or through the payload bucket when larger than a message. */
  private async request(pattern: string, data: unknown): Promise<unknown> {
    const nc = await this.link.nc();
    const body = await this.payloads.outgoing(encoder.encode(JSON.stringify({ correlationId: currentCorrelationId(), data })));
    // A request sent by reference is read from the bucket before it is handled: allow for that.
    const timeout = this.queryTimeoutMs + (body.headers ? LARGE_REQUEST_ALLOWANCE_MS : 0);
    let reply;
    try {
      reply = await nc.request(this.naming.query(pattern), body.data, { timeout, headers: body.headers });
    } catch (err) {
      const e = err as { name?: string; message?: string; isNoResponders?: () => boolean; cause?: { name?: string } };
      const noResponder = e.isNoResponders?.() || /no responders/i.test(e.message ?? '') || e.cause?.name === 'NoRespondersError';
      throw new QueryUnavailableError(pattern, noResponder ? 'no-responder' : 'timeout', timeout);
    }
    const answer = JSON.parse(decoder.decode(await this.payloads.incoming(reply))) as QueryReply;
    if ('error' in answer) throw new QueryFailedError(pattern, answer.error.message, answer.error.status, answer.error.errors);
    return answer.data;
  }

  protected override serializeError(err: unknown): unknown {
    return err;
  }
}

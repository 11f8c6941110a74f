import { Server, type CustomTransportStrategy, type MessageHandler } from '@nestjs/microservices';
import type { Consumer, ConsumerMessages, JsMsg } from '@nats-io/jetstream';
import type { Msg, Subscription } from '@nats-io/nats-core';
import type { Logger } from 'pino';
import { Semaphore } from '../concurrency.js';
import type { DeadLetterRecord } from '#libs/contracts';
import type { EventDispatcher } from '../dispatcher.js';
import type { SubjectNaming } from '../naming.js';
import type { MessagingOptions } from '../options.js';
import { answerQuery, type QueryReply, type QueryRequest } from '../queries.js';
import type { LargePayloads } from './large-payloads.js';
import type { NatsLink } from './nats-link.js';
import { ensureConsumer, streamFor, type StreamProvisioner } from './provisioning.js';

/** Parallel batches per subscription; each uses one database connection while it runs. */
const LANES = 4;
const MAX_BATCH = 100;

/** What the pull loop reports when the broker no longer has the stream or the consumer. */
const MISSING = new Set(['consumer_not_found', 'stream_not_found', 'consumer_deleted', 'no_responders']);

interface Lane {
  queue: JsMsg[];
  busy: boolean;
}

function laneOf(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) | 0;
  return Math.abs(h) % LANES;
}
const encoder = new TextEncoder();
const decoder = new TextDecoder();

interface Subscriber {
  consumer: string;
  messages: ConsumerMessages;
  loop: Promise<void>;
  slots: Semaphore;
}

/**
 * NATS JetStream as a NestJS transport: each `@EventPattern` gets a durable pull consumer shared by
 * the service's replicas; each `@MessagePattern` answers core-NATS requests in a queue group.
 */
export class JetStreamTransport extends Server implements CustomTransportStrategy {
  override readonly propagatesEventHandlerErrors = true;
  private readonly subscribers: Subscriber[] = [];
  private readonly querySubscriptions: Subscription[] = [];
  private closing = false;

  constructor(
    private readonly options: MessagingOptions,
    private readonly naming: SubjectNaming,
    private readonly link: NatsLink,
    private readonly dispatcher: EventDispatcher,
    private readonly streams: StreamProvisioner,
    private readonly payloads: LargePayloads,
    private readonly log: Logger,
  ) {
    super();
  }

  on(): void {
    // Connection events are watched by NatsLink.
  }

  unwrap<T>(): T {
    return this.link as T;
  }

  async listen(callback: (...optionalParams: unknown[]) => void): Promise<void> {
    try {
      await this.provisionStreams();
      for (const [pattern, handler] of this.messageHandlers) {
        if (handler.isEventHandler) await this.subscribeEvents(pattern, handler);
        else await this.answerQueries(pattern, handler);
      }
      callback();
    } catch (err) {
      callback(err);
    }
  }

  private provisionStreams(): Promise<void> {
    return this.streams.ensure();
  }

  private async provisionConsumer(stream: string, consumer: string, pattern: string): Promise<void> {
    await ensureConsumer(await this.link.jsm(), stream, consumer, this.naming.subject(pattern), {
      ackWaitMs: this.options.ackWaitMs,
      maxAckPending: Math.max(1000, this.options.concurrency * 8),
    });
  }

  private async subscribeEvents(pattern: string, handler: MessageHandler): Promise<void> {
    const stream = this.naming.stream(streamFor(pattern)).name;
    const consumer = this.naming.consumer(this.options.service, pattern);
    await this.provisionConsumer(stream, consumer, pattern);
    const js = await this.link.js();
    const bound: Consumer = await js.consumers.get(stream, consumer);
    // A 10 s pull expiry means heartbeats every 5 s: a broker that lost the consumer is noticed in seconds.
    const messages = await bound.consume({ max_messages: Math.max(64, this.options.concurrency * 2), expires: 10_000 });
    void this.healWhenMissing(messages, stream, consumer, pattern);
    const slots = new Semaphore(this.options.concurrency);
    const lanes: Lane[] = Array.from({ length: LANES }, () => ({ queue: [], busy: false }));
    const loop = (async () => {
      for await (const msg of messages) {
        if (this.closing) {
          msg.nak();
          continue;
        }
        await slots.acquire();
        // One aggregate always lands in the same lane, so its events are handled in order.
        const lane = lanes[laneOf(msg.headers?.get('Civic-Aggregate') || String(msg.seq))];
        lane.queue.push(msg);
        if (!lane.busy) void this.drain(consumer, handler, lane, slots, lanes);
      }
    })();
    this.subscribers.push({ consumer, messages, loop, slots });
    this.log.info({ consumer, stream, pattern }, 'consuming');
  }

  /**
   * A broker that lost its state (a new server, a deleted stream) leaves the pull loop retrying on
   * nothing: put the streams and the durable consumer back, and the loop picks up from there.
   */
  private async healWhenMissing(messages: ConsumerMessages, stream: string, consumer: string, pattern: string): Promise<void> {
    for await (const status of messages.status()) {
      if (this.closing) return;
      if (!MISSING.has(status.type)) continue;
      try {
        await this.provisionStreams();
        await this.provisionConsumer(stream, consumer, pattern);
        this.log.warn({ consumer, stream, reason: status.type }, 'recreated missing stream or consumer');
      } catch (err) {
        this.log.warn({ consumer, err: String(err) }, 'could not recreate stream or consumer yet');
      }
    }
  }

  /** Handles a lane's messages in batches of what has arrived, one committed transaction per batch. */
  private async drain(consumer: string, handler: MessageHandler, lane: Lane, slots: Semaphore, lanes: Lane[]): Promise<void> {
    lane.busy = true;
    try {
      while (lane.queue.length > 0) {
        const batch = lane.queue.splice(0, MAX_BATCH);
        // While an outage holds this batch, every message this subscription holds (the batch and
        // the lanes' queues) is kept from being redelivered, so no delivery is spent waiting.
        const keepAlive = () => {
          for (const m of batch) m.working();
          for (const l of lanes) for (const m of l.queue) m.working();
        };
        try {
          await this.handleBatch(consumer, handler, batch, keepAlive);
        } catch (err) {
          // Unacked messages come back after the ack wait; nothing is lost.
          this.log.error({ consumer, err: String(err), messages: batch.length }, 'batch failed');
        } finally {
          for (let i = 0; i < batch.length; i++) slots.release();
        }
      }
    } finally {
      lane.busy = false;
    }
  }

  private async handleBatch(consumer: string, handler: MessageHandler, batch: JsMsg[], keepAlive: () => void): Promise<void> {
    const outcomes = await this.dispatcher.dispatchBatch(
      consumer,
      handler,
      batch.map((msg) => ({ subject: this.naming.unprefix(msg.subject), body: msg.data, deliveryCount: msg.info.deliveryCount })),
      keepAlive,
    );
    // Acks and naks go out together in one write; dead letters are stored before their term.
    outcomes.forEach((outcome, i) => {
      if (outcome.kind === 'handled' || outcome.kind === 'duplicate') batch[i].ack();
      else if (outcome.kind === 'retry') batch[i].nak(outcome.delayMs);
    });
    for (let i = 0; i < batch.length; i++) {
      const outcome = outcomes[i];
      if (outcome.kind === 'deadletter') await this.deadLetter(consumer, batch[i], outcome.record);
    }
  }

  private async deadLetter(consumer: string, msg: JsMsg, record: DeadLetterRecord): Promise<void> {
    try {
      const js = await this.link.js();
      await js.publish(this.naming.deadLetter(this.options.service, record.subject), encoder.encode(JSON.stringify(record)), {
        msgID: `${record.eventId ?? `seq-${msg.info.streamSequence}`}:${consumer}`,
      });
      // Plain term(): NATS 2.9 ignores a term that carries a reason and redelivers the message.
      msg.term();
      this.log.warn({ consumer, reason: record.reason, eventId: record.eventId }, 'dead-lettered');
    } catch (err) {
      // The dead letter could not be stored: keep the message and try again later.
      this.log.error({ consumer, err: String(err) }, 'dead-letter publish failed');
      msg.nak(this.options.retryBaseMs);
    }
  }

  private async answerQueries(pattern: string, handler: MessageHandler): Promise<void> {
    const nc = await this.link.nc();
    const sub = nc.subscribe(this.naming.query(pattern), {
      queue: this.options.service,
      callback: (err, msg) => {
        if (err) return;
        this.answer(pattern, handler, msg).catch((e: unknown) => this.log.error({ pattern, err: String(e) }, 'query answer failed'));
      },
    });
    this.querySubscriptions.push(sub);
  }

  /** Answers one query; whatever goes wrong, the asker gets an error answer rather than a timeout. */
  private async answer(pattern: string, handler: MessageHandler, msg: Msg): Promise<void> {
    let reply: QueryReply;
    try {
      const request = JSON.parse(decoder.decode(await this.payloads.incoming(msg))) as QueryRequest;
      reply = await answerQuery(pattern, handler, request);
    } catch (err) {
      reply = err instanceof SyntaxError
        ? { error: { message: 'query body is not JSON', status: 400 } }
        : { error: { message: 'the query could not be read; try again', status: 503 } };
      if (!(err instanceof SyntaxError)) this.log.error({ pattern, err: String(err) }, 'query request could not be read');
    }
    try {
      const body = await this.payloads.outgoing(encoder.encode(JSON.stringify(reply)));
      msg.respond(body.data, { headers: body.headers });
    } catch (err) {
      this.log.error({ pattern, err: String(err) }, 'query answer could not be sent');
      msg.respond(JSON.stringify({ error: { message: 'the answer could not be sent; try again', status: 503 } }));
    }
  }

  /** Stops taking messages, lets the ones in hand finish, and leaves the rest to other replicas. */
  async close(): Promise<void> {
    this.closing = true;
    this.dispatcher.stop();
    for (const sub of this.querySubscriptions) await sub.drain().catch(() => undefined);
    for (const s of this.subscribers) {
      s.messages.stop();
      await s.slots.idle();
    }
    await Promise.all(this.subscribers.map((s) => s.loop.catch(() => undefined)));
  }
}

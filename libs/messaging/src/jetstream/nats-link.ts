import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { Logger } from 'pino';

/** One NATS connection per service process, shared by its transport and its client. */
export class NatsLink {
  private connection?: Promise<NatsConnection>;
  private client?: Promise<JetStreamClient>;
  private manager?: Promise<JetStreamManager>;
  private connected = false;

  constructor(
    private readonly url: string,
    private readonly name: string,
    private readonly logger: Logger,
  ) {}

  get isConnected(): boolean {
    return this.connected;
  }

  /** Connects on first use and keeps reconnecting for as long as the process lives. */
  nc(): Promise<NatsConnection> {
    this.connection ??= connect({
      servers: this.url,
      name: this.name,
      waitOnFirstConnect: true,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 500,
      timeout: 5000,
      // An async stack trace per request costs more than the publish itself at thousands per second.
      noAsyncTraces: true,
    }).then((nc) => {
      this.connected = true;
      void this.watch(nc);
      return nc;
    });
    return this.connection;
  }

  js(): Promise<JetStreamClient> {
    this.client ??= this.nc().then((nc) => jetstream(nc, { timeout: 5000 }));
    return this.client;
  }

  jsm(): Promise<JetStreamManager> {
    this.manager ??= this.nc().then((nc) => jetstreamManager(nc, { timeout: 5000 }));
    return this.manager;
  }

  private async watch(nc: NatsConnection): Promise<void> {
    for await (const s of nc.status()) {
      if (s.type === 'disconnect') {
        this.connected = false;
        this.logger.warn('NATS disconnected');
      } else if (s.type === 'reconnect') {
        this.connected = true;
        this.logger.info('NATS reconnected');
      }
    }
    this.connected = false;
  }

  async close(): Promise<void> {
    if (!this.connection) return;
    const nc = await this.connection;
    if (!nc.isClosed()) await nc.drain().catch(() => nc.close());
    this.connected = false;
  }
}

import {
  Inject,
  Injectable,
  Module,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type OnApplicationShutdown,
  type OnModuleInit,
  type Provider,
} from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { HealthIndicatorService, TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { EventContract } from '#libs/contracts';
import { CORRELATION_HEADER, ProcessServices, ServiceMetrics, createLogger, loggerOptions } from '#libs/observability';
import { InboxEventRepository, OutboxEventRepository, openServiceDatabase, serviceDatabaseUrl } from '#libs/persistence';
import { messagingOptionsFrom, readEnvironment } from './config.js';
import { EventDispatcher } from './dispatcher.js';
import { readinessResponder, ServiceHealthController, ServiceReadiness } from './health.js';
import { InProcessBroker } from './in-process/in-process.broker.js';
import { InProcessClient } from './in-process/in-process.client.js';
import { InProcessTransport } from './in-process/in-process.transport.js';
import { JetStreamClient } from './jetstream/jetstream.client.js';
import { JetStreamTransport } from './jetstream/jetstream.transport.js';
import { NatsLink } from './jetstream/nats-link.js';
import { LargePayloads } from './jetstream/large-payloads.js';
import { StreamProvisioner } from './jetstream/provisioning.js';
import { SubjectNaming } from './naming.js';
import type { MessagingOptions } from './options.js';
import { Outbox } from './outbox/outbox.js';
import { OutboxRelay } from './outbox/outbox-relay.js';
import { QueryClient } from './query-client.js';
import { EVENT_CLIENT, EVENT_TRANSPORT, MESSAGING_OPTIONS, SERVICE_LOGGER } from './tokens.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Constructor = Function;

export interface ServiceModuleOptions {
  service: string;
  entities?: MixedList<Constructor | string | EntitySchema>;
  migrations?: Constructor[];
  /** Contracts beyond the platform's own (a test's, or a version not yet in the catalog). */
  contracts?: EventContract[];
  /** Defaults to process.env; tests pass their own. */
  env?: NodeJS.ProcessEnv;
  /** The broker shared by every service of a single-process run. */
  broker?: InProcessBroker;
  messaging?: Partial<MessagingOptions>;
  /** Serve `/health` and `/metrics` from this app (off when another app aggregates them). */
  probes?: boolean;
}

/** How long the domain streams keep events, for consumers that were away and for replays. */
const STREAM_MAX_AGE_MS = 7 * 24 * 3600_000;
/** How long a large request or answer nobody read stays in the payload bucket. */
const PAYLOAD_TTL_MS = 15 * 60_000;

let processBroker: InProcessBroker | undefined;

/** The broker of this process's single-process run. */
export function sharedInProcessBroker(options: MessagingOptions): InProcessBroker {
  processBroker ??= new InProcessBroker({ duplicateWindowMs: options.duplicateWindowMs, concurrency: options.concurrency });
  return processBroker;
}

@Injectable()
class ServiceLifecycle implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly dataSource: DataSource,
    @Inject(NatsLink) private readonly link: NatsLink | null,
    private readonly metrics: ServiceMetrics,
    private readonly readiness: ServiceReadiness,
    private readonly outbox: OutboxEventRepository,
  ) {}

  onModuleInit(): void {
    ProcessServices.register({
      service: this.metrics.service,
      ready: () => this.readiness.all(),
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.outbox.close();
  }

  async onApplicationShutdown(): Promise<void> {
    ProcessServices.unregister(this.metrics.service);
    this.metrics.forget();
    await this.link?.close();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/**
 * What every service app imports once: its database (migrated at start), outbox and inbox, the
 * event transport and client for the configured mode, the relay, logs, metrics and health.
 */
@Module({})
export class ServiceModule {
  static forService(options: ServiceModuleOptions): DynamicModule {
    const env = readEnvironment(options.env ?? process.env);
    const messaging = messagingOptionsFrom(options.service, env, options.contracts, options.messaging);
    const databaseUrl = serviceDatabaseUrl(options.service, options.env ?? process.env);
    const naming = new SubjectNaming(messaging.prefix);
    const logger = createLogger(options.service, env.LOG_LEVEL);
    const jetstream = messaging.transport === 'jetstream';

    const providers: Provider[] = [
      { provide: MESSAGING_OPTIONS, useValue: messaging },
      { provide: SubjectNaming, useValue: naming },
      { provide: SERVICE_LOGGER, useValue: logger },
      { provide: ServiceMetrics, useValue: new ServiceMetrics(options.service) },
      {
        provide: DataSource,
        useFactory: () =>
          openServiceDatabase({
            service: options.service,
            url: databaseUrl,
            entities: options.entities,
            migrations: options.migrations,
            poolSize: env.DATABASE_POOL_SIZE,
            // A service started before its database (a restart, compose bringing both up) waits for it.
            startupWaitMs: 300_000,
            onWaiting: (err, retryInMs) => logger.warn({ err: String(err), retryInMs }, 'database not reachable yet; waiting'),
          }),
      },
      { provide: OutboxEventRepository, useFactory: (ds: DataSource) => new OutboxEventRepository(ds), inject: [DataSource] },
      { provide: InboxEventRepository, useFactory: (ds: DataSource) => new InboxEventRepository(ds), inject: [DataSource] },
      { provide: Outbox, useFactory: (repo: OutboxEventRepository) => new Outbox(repo, options.service), inject: [OutboxEventRepository] },
      {
        provide: EventDispatcher,
        useFactory: (ds: DataSource, inbox: InboxEventRepository, metrics: ServiceMetrics) =>
          new EventDispatcher(options.service, ds, inbox, messaging.catalog, messaging, metrics, logger.child({ component: 'consumer' })),
        inject: [DataSource, InboxEventRepository, ServiceMetrics],
      },
      {
        provide: NatsLink,
        useValue: jetstream ? new NatsLink(messaging.natsUrl!, `civic-${options.service}-${uuidv7().slice(-8)}`, logger) : null,
      },
      {
        provide: StreamProvisioner,
        useFactory: (link: NatsLink | null) =>
          link
            ? new StreamProvisioner(link, naming, {
                duplicateWindowMs: messaging.duplicateWindowMs,
                maxAgeMs: STREAM_MAX_AGE_MS,
                replicas: messaging.streamReplicas,
              })
            : null,
        inject: [NatsLink],
      },
      {
        provide: LargePayloads,
        useFactory: (link: NatsLink | null) =>
          link ? new LargePayloads(link, naming, { ttlMs: PAYLOAD_TTL_MS, replicas: messaging.streamReplicas }) : null,
        inject: [NatsLink],
      },
      {
        provide: EVENT_TRANSPORT,
        useFactory: (dispatcher: EventDispatcher, link: NatsLink | null, streams: StreamProvisioner | null, payloads: LargePayloads | null) =>
          jetstream
            ? new JetStreamTransport(messaging, naming, link!, dispatcher, streams!, payloads!, logger.child({ component: 'transport' }))
            : new InProcessTransport(options.service, naming, options.broker ?? sharedInProcessBroker(messaging), dispatcher),
        inject: [EventDispatcher, NatsLink, StreamProvisioner, LargePayloads],
      },
      {
        provide: EVENT_CLIENT,
        useFactory: (link: NatsLink | null, streams: StreamProvisioner | null, payloads: LargePayloads | null) =>
          jetstream
            ? new JetStreamClient(naming, link!, messaging.queryTimeoutMs, streams!, payloads!)
            : new InProcessClient(naming, options.broker ?? sharedInProcessBroker(messaging), messaging.queryTimeoutMs),
        inject: [NatsLink, StreamProvisioner, LargePayloads],
      },
      { provide: QueryClient, useFactory: (client: ClientProxy) => new QueryClient(client), inject: [EVENT_CLIENT] },
      {
        provide: OutboxRelay,
        useFactory: (outbox: OutboxEventRepository, inbox: InboxEventRepository, client: ClientProxy, metrics: ServiceMetrics) =>
          new OutboxRelay(options.service, outbox, inbox, client, databaseUrl, messaging.relay, metrics, logger.child({ component: 'relay' }) as Logger),
        inject: [OutboxEventRepository, InboxEventRepository, EVENT_CLIENT, ServiceMetrics],
      },
      {
        provide: ServiceReadiness,
        useFactory: (indicators: HealthIndicatorService, ds: DataSource, link: NatsLink | null) =>
          new ServiceReadiness(indicators, ds, link, options.service),
        inject: [HealthIndicatorService, DataSource, NatsLink],
      },
      ServiceLifecycle,
    ];

    return {
      module: ServiceModule,
      global: true,
      imports: [
        TerminusModule,
        LoggerModule.forRoot({
          pinoHttp: {
            ...loggerOptions(options.service, env.LOG_LEVEL),
            genReqId: (req) => (req.headers[CORRELATION_HEADER] as string | undefined) ?? uuidv7(),
            autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/health/live' || req.url === '/metrics' },
          },
        }),
      ],
      controllers: [readinessResponder(options.service), ...(options.probes === false ? [] : [ServiceHealthController])],
      providers,
      exports: [
        MESSAGING_OPTIONS,
        SubjectNaming,
        SERVICE_LOGGER,
        ServiceMetrics,
        DataSource,
        OutboxEventRepository,
        InboxEventRepository,
        Outbox,
        EventDispatcher,
        NatsLink,
        EVENT_TRANSPORT,
        EVENT_CLIENT,
        QueryClient,
        OutboxRelay,
        ServiceReadiness,
        TerminusModule,
      ],
    };
  }
}

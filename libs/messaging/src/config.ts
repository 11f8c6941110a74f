import { plainToInstance, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';
import { EventCatalog, type EventContract } from '#libs/contracts';
import { DEFAULT_RELAY_OPTIONS, type MessagingOptions } from './options.js';

/** The environment every service reads; validated at start. */
export class PlatformEnvironment {
  @IsOptional()
  @Matches(/^(nats|tls):\/\/[^\s,]+(,(nats|tls):\/\/[^\s,]+)*$/, { message: 'must be nats://host:port (comma-separated for a cluster)' })
  NATS_URL?: string;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres://user@host:port/database URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]*$/, { message: 'must be letters, digits, - or _' })
  MESSAGING_PREFIX?: string;

  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(100)
  MESSAGING_MAX_DELIVERIES = 5;

  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(1)
  MESSAGING_RETRY_BASE_MS = 1000;

  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(1)
  MESSAGING_RETRY_MAX_MS = 60_000;

  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(1000)
  MESSAGING_ACK_WAIT_MS = 30_000;

  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(1024)
  MESSAGING_CONCURRENCY = 256;

  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(2)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(1000)
  MESSAGING_DUPLICATE_WINDOW_MS = 600_000;

  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(5)
  MESSAGING_STREAM_REPLICAS = 1;

  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(1)
  QUERY_TIMEOUT_MS = 3000;

  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(10)
  OUTBOX_POLL_MS = DEFAULT_RELAY_OPTIONS.pollMs;

  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(10_000)
  OUTBOX_BATCH_SIZE = DEFAULT_RELAY_OPTIONS.batchSize;

  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(10)
  OUTBOX_RETRY_MAX_MS = DEFAULT_RELAY_OPTIONS.retryMaxMs;

  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of hours' })
  @Min(1)
  OUTBOX_RETENTION_HOURS = 24;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: string;

  @IsOptional()
  @IsString()
  PORT?: string;

  /** The address the HTTP server listens on: this machine only unless told otherwise (a container sets 0.0.0.0). */
  @Matches(/^(?:localhost|(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:]*)$/, {
    message: 'must be an address to listen on: 127.0.0.1 (this machine only), 0.0.0.0 (every interface) or another IP',
  })
  HOST = '127.0.0.1';
}

/** The URL to print for a server listening on `host`: one a person on this machine can open. */
export function localUrl(host: string, port: number): string {
  if (host === '0.0.0.0' || host === '::') return `http://127.0.0.1:${port}`;
  return host.includes(':') ? `http://[${host}]:${port}` : `http://${host}:${port}`;
}

/** Thrown for a missing or malformed variable; its message is the one line the process prints before it stops. */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

export function readEnvironment(env: NodeJS.ProcessEnv): PlatformEnvironment {
  const defined = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = plainToInstance(PlatformEnvironment, defined, { exposeDefaultValues: true });
  const errors = validateSync(parsed, { forbidUnknownValues: false });
  if (errors.length > 0) {
    const e = errors[0];
    // Decorators register bottom-up; the top one (the type check) says the most.
    const rule = Object.values(e.constraints ?? {}).at(-1) ?? 'is invalid';
    const message = rule.startsWith(e.property) ? rule : `${e.property} ${rule}`;
    throw new ConfigurationError(`Configuration error: ${message} (got "${String(env[e.property])}")`);
  }
  if (parsed.PORT !== undefined && !/^\d{1,5}$/.test(parsed.PORT)) {
    throw new ConfigurationError(`Configuration error: PORT must be a TCP port number (got "${parsed.PORT}")`);
  }
  return parsed;
}

/** Messaging options for one service, from the environment. */
export function messagingOptionsFrom(
  service: string,
  env: PlatformEnvironment,
  extraContracts: EventContract[] = [],
  overrides: Partial<MessagingOptions> = {},
): MessagingOptions {
  const catalog = new EventCatalog();
  for (const c of extraContracts) catalog.add(c);
  return {
    service,
    transport: env.NATS_URL ? 'jetstream' : 'in-process',
    natsUrl: env.NATS_URL,
    prefix: env.MESSAGING_PREFIX ?? '',
    catalog,
    maxDeliveries: env.MESSAGING_MAX_DELIVERIES,
    retryBaseMs: env.MESSAGING_RETRY_BASE_MS,
    retryMaxMs: env.MESSAGING_RETRY_MAX_MS,
    ackWaitMs: env.MESSAGING_ACK_WAIT_MS,
    concurrency: env.MESSAGING_CONCURRENCY,
    duplicateWindowMs: env.MESSAGING_DUPLICATE_WINDOW_MS,
    streamReplicas: env.MESSAGING_STREAM_REPLICAS,
    queryTimeoutMs: env.QUERY_TIMEOUT_MS,
    ...overrides,
    relay: {
      ...DEFAULT_RELAY_OPTIONS,
      pollMs: env.OUTBOX_POLL_MS,
      batchSize: env.OUTBOX_BATCH_SIZE,
      retryMaxMs: env.OUTBOX_RETRY_MAX_MS,
      retryBaseMs: Math.min(DEFAULT_RELAY_OPTIONS.retryBaseMs, env.OUTBOX_RETRY_MAX_MS),
      retentionMs: env.OUTBOX_RETENTION_HOURS * 3600_000,
      ...overrides.relay,
    },
  };
}

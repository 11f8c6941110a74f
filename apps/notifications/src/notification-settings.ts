import { randomBytes } from 'node:crypto';
import { plainToInstance, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Min, validateSync } from 'class-validator';
import { ConfigurationError } from '#libs/messaging';
import { serviceDatabaseUrl } from '#libs/persistence';

export const AddressRanges = ['loopback', 'private', 'linkLocal', 'uniqueLocal', 'carrierGradeNat'] as const;
export type AddressRange = (typeof AddressRanges)[number];

/** The notifications service's own environment; validated at start. */
class NotificationEnvironment {
  /** smtp://user:pass@host:port or smtps://…; without it email and digests fail with a clear error. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  MAIL_FROM = 'Civic engagement alerts <alerts@localhost>';

  /** The public base URL of the gateway, for unsubscribe links. */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http(s) URL' })
  PUBLIC_URL = 'http://127.0.0.1:3000';

  /** Signs unsubscribe links; every replica needs the same one. */
  @IsOptional()
  @IsString()
  NOTIFICATIONS_SECRET?: string;

  /** Address ranges webhooks may reach besides public ones, comma-separated (e.g. loopback for tests). */
  @IsOptional()
  @Matches(new RegExp(`^((${AddressRanges.join('|')})(,(${AddressRanges.join('|')}))*)?$`), {
    message: `must be a comma-separated list of ${AddressRanges.join(', ')}`,
  })
  WEBHOOK_ALLOW_ADDRESSES = '';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  WEBHOOK_TIMEOUT_MS = 10_000;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  DELIVERY_RETRY_BASE_MS = 30_000;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  DELIVERY_RETRY_MAX_MS = 3_600_000;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  DELIVERY_RETRY_WINDOW_MS = 24 * 3_600_000;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  DELIVERY_POLL_MS = 500;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  DELIVERY_BATCH_SIZE = 50;

  /** How long past the send timeout a claim is held before another worker may take it over. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  DELIVERY_LEASE_MARGIN_MS = 30_000;

  /** How long finished deliveries (and alerts nobody still waits for) stay in the log. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  DELIVERY_RETENTION_DAYS = 90;

  /** Batches a worker sends at once. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  DELIVERY_CONCURRENCY = 4;

  @IsOptional()
  @IsIn(['on', 'off'])
  DELIVERY_WORKER: 'on' | 'off' = 'on';
}

export interface NotificationSettings {
  /** This service's database, for the worker's LISTEN connection. */
  databaseUrl: string;
  smtpUrl: string | null;
  mailFrom: string;
  publicUrl: string;
  secret: string;
  allowedRanges: AddressRange[];
  webhookTimeoutMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  retryWindowMs: number;
  pollMs: number;
  batchSize: number;
  concurrency: number;
  leaseMarginMs: number;
  retentionMs: number;
  worker: boolean;
}

export const NOTIFICATION_SETTINGS = Symbol('NotificationSettings');

export function notificationSettingsFrom(env: NodeJS.ProcessEnv): NotificationSettings {
  const parsed = plainToInstance(NotificationEnvironment, Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')), {
    exposeDefaultValues: true,
  });
  const [error] = validateSync(parsed);
  if (error) throw new ConfigurationError(`Configuration error: ${error.property} ${Object.values(error.constraints ?? {})[0]}`);
  return {
    databaseUrl: serviceDatabaseUrl('notifications', env),
    smtpUrl: parsed.SMTP_URL ?? null,
    mailFrom: parsed.MAIL_FROM,
    publicUrl: parsed.PUBLIC_URL.replace(/\/$/, ''),
    // Without a configured secret, links only stay valid while this process runs.
    // Unset or empty: a secret of this process alone (links stop working after a restart).
    secret: parsed.NOTIFICATIONS_SECRET || randomBytes(32).toString('base64url'),
    allowedRanges: parsed.WEBHOOK_ALLOW_ADDRESSES ? (parsed.WEBHOOK_ALLOW_ADDRESSES.split(',') as AddressRange[]) : [],
    webhookTimeoutMs: parsed.WEBHOOK_TIMEOUT_MS,
    retryBaseMs: parsed.DELIVERY_RETRY_BASE_MS,
    retryMaxMs: parsed.DELIVERY_RETRY_MAX_MS,
    retryWindowMs: parsed.DELIVERY_RETRY_WINDOW_MS,
    pollMs: parsed.DELIVERY_POLL_MS,
    batchSize: parsed.DELIVERY_BATCH_SIZE,
    concurrency: parsed.DELIVERY_CONCURRENCY,
    leaseMarginMs: parsed.DELIVERY_LEASE_MARGIN_MS,
    retentionMs: parsed.DELIVERY_RETENTION_DAYS * 24 * 3_600_000,
    worker: parsed.DELIVERY_WORKER === 'on',
  };
}

/** The time as deliveries see it; tests move it forward instead of waiting hours. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

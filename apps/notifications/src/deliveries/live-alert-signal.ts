import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { SERVICE_LOGGER } from '#libs/messaging';

/** Postgres channel on which a commit that gave live deliveries stream positions names their subscribers. */
export const LIVE_ALERT_CHANNEL = 'civic_live_alert';

const RECONNECT_MS = 1000;

/**
 * Wakes the live stream's long polls when an alert for their subscriber is committed, by any replica:
 * the commit's NOTIFY reaches every replica's LISTEN. While LISTEN is lost, a wait simply runs out.
 */
@Injectable()
export class LiveAlertSignal implements OnModuleDestroy {
  private readonly waiters = new Map<string, Set<() => void>>();
  private listening?: Promise<void>;
  private client?: pg.Client;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_LOGGER) private readonly log: Logger,
  ) {}

  /**
   * Resolves when an alert for `subscriberId` is committed or after `ms`. Taken before reading the log, so an
   * alert committed between the read and the wait is not missed; `cancel` when the read found alerts.
   */
  waitFor(subscriberId: string, ms: number): { done: Promise<void>; cancel: () => void } {
    this.listening ??= this.listen();
    let wake!: () => void;
    const done = new Promise<void>((resolve) => (wake = resolve));
    const timer = setTimeout(() => cancel(), ms);
    const set = this.waiters.get(subscriberId) ?? new Set();
    this.waiters.set(subscriberId, set);
    const cancel = () => {
      clearTimeout(timer);
      set.delete(cancel);
      if (set.size === 0 && this.waiters.get(subscriberId) === set) this.waiters.delete(subscriberId);
      wake();
    };
    set.add(cancel);
    return { done, cancel };
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    for (const set of [...this.waiters.values()]) for (const cancel of [...set]) cancel();
    await this.client?.end().catch(() => undefined);
    await this.listening;
  }

  private wake(subscriberId: string): void {
    for (const cancel of [...(this.waiters.get(subscriberId) ?? [])]) cancel();
  }

  private async listen(): Promise<void> {
    while (!this.stopped) {
      const client = new pg.Client({ connectionString: (this.dataSource.options as { url: string }).url, application_name: 'civic-live-alerts' });
      // A lost connection is handled below; an unlistened 'error' would end the process.
      client.on('error', () => undefined);
      this.client = client;
      try {
        await client.connect();
        client.on('notification', (n) => n.payload && this.wake(n.payload));
        await client.query(`LISTEN ${LIVE_ALERT_CHANNEL}`);
        if (!this.stopped) await new Promise<void>((resolve) => {
          client.once('error', () => resolve());
          client.once('end', () => resolve());
        });
      } catch (err) {
        if (!this.stopped) this.log.warn({ err: String(err) }, 'live alert LISTEN lost; long polls wait out their time until it is back');
      }
      await client.end().catch(() => undefined);
      if (!this.stopped) await new Promise((r) => setTimeout(r, RECONNECT_MS));
    }
  }
}

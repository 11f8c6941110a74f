import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { SERVICE_LOGGER } from '#libs/messaging';
import { PostgresListener } from '#libs/persistence';

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
  private readonly listener: PostgresListener;

  constructor(dataSource: DataSource, @Inject(SERVICE_LOGGER) log: Logger) {
    this.listener = new PostgresListener({
      connectionString: (dataSource.options as { url: string }).url,
      channel: LIVE_ALERT_CHANNEL,
      applicationName: 'civic-live-alerts',
      onNotify: (subscriberId) => this.wake(subscriberId),
      onLost: (err) => log.warn({ err: String(err) }, 'live alert LISTEN lost; long polls wait out their time until it is back'),
      retryMs: RECONNECT_MS,
    });
  }

  /**
   * Resolves when an alert for `subscriberId` is committed or after `ms`. Taken before reading the log, so an
   * alert committed between the read and the wait is not missed; `cancel` when the read found alerts.
   */
  waitFor(subscriberId: string, ms: number): { done: Promise<void>; cancel: () => void } {
    this.listener.start();
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
    for (const set of [...this.waiters.values()]) for (const cancel of [...set]) cancel();
    await this.listener.stop();
  }

  private wake(subscriberId: string): void {
    for (const cancel of [...(this.waiters.get(subscriberId) ?? [])]) cancel();
  }
}

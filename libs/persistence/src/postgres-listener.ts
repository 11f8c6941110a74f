import pg from 'pg';

const CONNECT_TIMEOUT_MS = 10_000;

export interface PostgresListenerOptions {
  connectionString: string;
  channel: string;
  applicationName: string;
  /** Called with each notification's payload ('' when it has none). */
  onNotify: (payload: string) => void;
  /** Called when the connection is lost or cannot be made; listening resumes after `retryMs`. */
  onLost: (err: unknown) => void;
  retryMs: number;
}

/**
 * A LISTEN on its own connection that comes back after the connection is lost. Notifications sent while it
 * is away are not replayed: callers keep a slower path (a poll, a timeout) for that time.
 */
export class PostgresListener {
  private running = false;
  private loop?: Promise<void>;
  private client?: pg.Client;
  private interruptPause?: () => void;

  constructor(private readonly options: PostgresListenerOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.listen();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.interruptPause?.();
    // Not awaited: ending a connection the server already cut never settles in pg; its 'end' or 'error' ends the wait.
    void this.client?.end().catch(() => undefined);
    await this.loop;
  }

  private async listen(): Promise<void> {
    const { connectionString, channel, applicationName, onNotify, onLost, retryMs } = this.options;
    while (this.running) {
      const client = new pg.Client({ connectionString, application_name: applicationName, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
      // Listened from the start, so a connection lost at any moment ends the wait (and an unlistened 'error' would end the process).
      const closed = new Promise<void>((resolve) => {
        client.on('error', () => resolve());
        client.once('end', () => resolve());
      });
      this.client = client;
      try {
        await client.connect();
        client.on('notification', (n) => onNotify(n.payload ?? ''));
        await client.query(`LISTEN ${channel}`);
        if (this.running) {
          await closed;
          if (this.running) onLost(new Error(`the LISTEN connection on ${channel} closed`));
        }
      } catch (err) {
        if (this.running) onLost(err);
      }
      void client.end().catch(() => undefined);
      if (this.running) await this.pause(retryMs);
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      this.interruptPause = done;
      function done() {
        clearTimeout(timer);
        resolve();
      }
    });
  }
}

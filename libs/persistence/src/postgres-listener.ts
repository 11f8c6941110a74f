import pg from 'pg';

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

  constructor(private readonly options: PostgresListenerOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.listen();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.client?.end().catch(() => undefined);
    await this.loop;
  }

  private async listen(): Promise<void> {
    const { connectionString, channel, applicationName, onNotify, onLost, retryMs } = this.options;
    while (this.running) {
      const client = new pg.Client({ connectionString, application_name: applicationName });
      // A lost connection is handled below; an unlistened 'error' would end the process.
      client.on('error', () => undefined);
      this.client = client;
      try {
        await client.connect();
        client.on('notification', (n) => onNotify(n.payload ?? ''));
        await client.query(`LISTEN ${channel}`);
        if (this.running) {
          await new Promise<void>((resolve) => {
            client.once('error', () => resolve());
            client.once('end', () => resolve());
          });
        }
      } catch (err) {
        if (this.running) onLost(err);
      }
      await client.end().catch(() => undefined);
      if (this.running) await new Promise((r) => setTimeout(r, retryMs));
    }
  }
}

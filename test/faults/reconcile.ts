import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import pg from 'pg';
import { readDeadLetters } from '#libs/testing';
import type { WebhookReceiver } from '../notifications/support.js';
import { PREFIX, SERVICES, type Cluster, type ServiceName } from './cluster.js';
import type { Write } from './workload.js';

/** What the databases, the broker and the receiver say about a phase's writes and alerts. */
export interface Reconciliation {
  /** Writes answered 2xx. */
  accepted: number;
  /** Accepted writes, or copies and alerts they must cause, that are not there. */
  lost: number;
  /** Writes stored twice, or one alert delivered under two webhook-ids. */
  duplicated: number;
  /** Webhooks that reached the receiver again under a webhook-id it had seen (the receiver drops them). */
  repeats: number;
  /** Alerts the phase's events called for. */
  alerts: number;
  /** Outbox rows not yet published, messages consumers have not yet acked, deliveries not yet made. */
  backlog: number;
  deadLetters: number;
  /** The gateway answers `/health` 200 and says every service it forwards to is up. */
  gatewayReady: boolean;
  /** Why, in words: each lost or duplicated thing (ids and refs only, never personal data). */
  findings: string[];
}

/** Event types the workload's webhook subscription matches (`engagement.*`, `coordination.*`). */
const ALERTED = `(type LIKE 'gov.civic.engagement.%' OR type LIKE 'gov.civic.coordination.%')`;

/**
 * Reconciles from each service's own Postgres (with `pg`, as an operator would), JetStream and the
 * webhook receiver. Pools drop connections a Postgres restart cut and reconnect on the next query.
 */
export class Reconciler {
  private readonly pools = new Map<ServiceName, pg.Pool>();

  constructor(
    private readonly cluster: Cluster,
    private readonly receiver: WebhookReceiver,
  ) {
    for (const service of SERVICES) {
      const pool = new pg.Pool({ connectionString: cluster.databaseUrl(service), max: 2, connectionTimeoutMillis: 5000 });
      // An idle client cut by a Postgres fault: the pool drops it; the next query opens another.
      pool.on('error', () => undefined);
      this.pools.set(service, pool);
    }
  }

  /** The state of `writes` and of the alerts scheduling's events since `since` called for. */
  async reconcile(writes: Write[], since: Date): Promise<Reconciliation> {
    const findings: string[] = [];
    const accepted = writes.filter((w) => w.outcome === 'accepted');
    const counts = await Promise.all([
      this.stored(accepted, 'engagement', 'scheduling', `SELECT external_id AS ref, count(*)::int AS n FROM engagement WHERE external_id = ANY($1) GROUP BY 1`, findings),
      this.stored(accepted, 'comment', 'feedback', `SELECT external_id AS ref, count(*)::int AS n FROM comment WHERE bureau = 'PBOT' AND external_id = ANY($1) GROUP BY 1`, findings),
      this.stored(accepted, 'organization', 'registry', `SELECT slug AS ref, count(*)::int AS n FROM organization WHERE slug = ANY($1) GROUP BY 1`, findings),
      // The events of accepted writes reached the services that keep copies.
      this.copied(accepted, 'engagement', 'feedback', 'engagement_reference', findings),
      this.copied(accepted, 'organization', 'scheduling', 'organization_reference', findings),
      this.alerts(since, findings),
    ]);
    const [backlog, deadLetters, gatewayReady] = await Promise.all([this.backlog(), readDeadLetters(this.cluster.nats.url, PREFIX).then((l) => l.length), this.gatewayReady()]);
    return {
      accepted: accepted.length,
      lost: counts.reduce((n, c) => n + c.lost, 0),
      duplicated: counts.reduce((n, c) => n + c.duplicated, 0),
      repeats: counts.reduce((n, c) => n + c.repeats, 0),
      alerts: counts[counts.length - 1].expected,
      backlog,
      deadLetters,
      gatewayReady,
      findings,
    };
  }

  /** Rows in one of `service`'s tables. */
  async count(service: ServiceName, table: string): Promise<number> {
    const [row] = await this.query<{ n: number }>(service, `SELECT count(*)::int AS n FROM ${table}`);
    return row.n;
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((p) => p.end()));
  }

  private query<T extends pg.QueryResultRow>(service: ServiceName, sql: string, params: unknown[] = []): Promise<T[]> {
    return this.pools.get(service)!.query<T>(sql, params).then((r) => r.rows);
  }

  /** Each accepted write of `kind` is stored exactly once. */
  private async stored(accepted: Write[], kind: Write['kind'], service: ServiceName, sql: string, findings: string[]): Promise<Counts> {
    const refs = accepted.filter((w) => w.kind === kind).map((w) => w.ref);
    const rows = await this.query<{ ref: string; n: number }>(service, sql, [refs]);
    const n = new Map(rows.map((r) => [r.ref, r.n]));
    const lost = refs.filter((ref) => !n.has(ref));
    const twice = rows.filter((r) => r.n > 1);
    if (lost.length) findings.push(`${kind}s not stored in ${service}: ${lost.join(', ')}`);
    if (twice.length) findings.push(`${kind}s stored more than once in ${service}: ${twice.map((r) => `${r.ref} ×${r.n}`).join(', ')}`);
    return { lost: lost.length, duplicated: twice.length, repeats: 0, expected: refs.length };
  }

  /** Each accepted write of `kind` has reached `service`'s copy (keyed by the id the answer gave). */
  private async copied(accepted: Write[], kind: Write['kind'], service: ServiceName, table: string, findings: string[]): Promise<Counts> {
    const ids = accepted.filter((w) => w.kind === kind && w.id).map((w) => w.id!);
    const rows = await this.query<{ id: string }>(service, `SELECT id FROM ${table} WHERE id = ANY($1::uuid[])`, [ids]);
    const present = new Set(rows.map((r) => r.id));
    const missing = ids.filter((id) => !present.has(id));
    if (missing.length) findings.push(`${kind}s missing from ${service}.${table}: ${missing.join(', ')}`);
    return { lost: missing.length, duplicated: 0, repeats: 0, expected: ids.length };
  }

  /**
   * Every engagement and coordination event scheduling committed since `since` reached the
   * receiver under one webhook-id; a second webhook-id for one event is a duplicate, a webhook-id
   * seen again a repeat.
   */
  private async alerts(since: Date, findings: string[]): Promise<Counts> {
    const events = await this.query<{ id: string }>('scheduling', `SELECT id FROM outbox_event WHERE created_at >= $1 AND ${ALERTED}`, [since]);
    const byEvent = new Map<string, Map<string, number>>();
    for (const hook of this.receiver.received) {
      const eventId = String(hook.body.data.eventId);
      const hooks = byEvent.get(eventId) ?? new Map<string, number>();
      hooks.set(hook.id, (hooks.get(hook.id) ?? 0) + 1);
      byEvent.set(eventId, hooks);
    }
    let lost = 0;
    let duplicated = 0;
    let repeats = 0;
    for (const { id } of events) {
      const hooks = byEvent.get(id);
      if (!hooks) {
        lost++;
        findings.push(`alert for event ${id} never reached the receiver`);
        continue;
      }
      if (hooks.size > 1) {
        duplicated++;
        findings.push(`alert for event ${id} delivered under ${hooks.size} webhook-ids`);
      }
      for (const n of hooks.values()) repeats += n - 1;
    }
    return { lost, duplicated, repeats, expected: events.length };
  }

  /** Unpublished outbox rows, messages not yet handled and acked, and deliveries not yet delivered. */
  private async backlog(): Promise<number> {
    const outboxes = await Promise.all(SERVICES.map((s) => this.query<{ n: number }>(s, `SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL`)));
    const [undelivered] = await this.query<{ n: number }>('notifications', `SELECT count(*)::int AS n FROM delivery WHERE status <> 'delivered'`);
    return outboxes.reduce((n, [row]) => n + row.n, 0) + undelivered.n + (await this.unacked());
  }

  private async unacked(): Promise<number> {
    const nc = await connect({ servers: this.cluster.nats.url, timeout: 2000, reconnect: false });
    try {
      const jsm = await jetstreamManager(nc);
      let n = 0;
      for await (const stream of jsm.streams.names()) {
        for await (const consumer of jsm.consumers.list(stream)) n += consumer.num_pending + consumer.num_ack_pending;
      }
      return n;
    } finally {
      await nc.close();
    }
  }

  private async gatewayReady(): Promise<boolean> {
    try {
      const res = await fetch(`${this.cluster.gatewayUrl}/health`, { signal: AbortSignal.timeout(5000) });
      const body = (await res.json()) as { downstream?: Record<string, { status: string }> };
      return res.status === 200 && Object.values(body.downstream ?? {}).every((d) => d.status === 'up');
    } catch {
      return false;
    }
  }
}

interface Counts {
  lost: number;
  duplicated: number;
  repeats: number;
  expected: number;
}

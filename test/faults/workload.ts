import { randomUUID } from 'node:crypto';

/** What a bureau or the admin wrote through the gateway, and how it ended. */
export interface Write {
  kind: 'engagement' | 'comment' | 'organization';
  /** The fault phase it was sent in. */
  phase: string;
  bureau: string;
  /** `externalId` (engagements, comments) or slug (organizations): what it is found by in the databases. */
  ref: string;
  /** Accepted: a 2xx answer. Abandoned: no 2xx before the write's deadline. Refused: any other answer, a defect. */
  outcome: 'accepted' | 'abandoned' | 'refused';
  /** The id the answer gave (engagements, organizations). */
  id?: string;
  attempts: number;
  /** Every answer that was not a 2xx, e.g. `503`, `connection`, `timeout`. */
  failures: string[];
}

/** Where the workload's groups take place: a neighborhood's representative point. */
export interface Place {
  slug: string;
  lat: number;
  lon: number;
}

export interface Keys {
  admin: string;
  /** Bureau code → key of that bureau. */
  bureaus: Record<string, string>;
}

interface Answer {
  status: number;
  body: Record<string, unknown>;
  retryAfter: number | null;
}

/** Engagements of a group are published by distinct bureaus, so every pair of them conflicts. */
export const BUREAUS = ['PBOT', 'BES', 'PWB'];
const RETRYABLE = new Set([502, 503, 504]);
const ATTEMPT_TIMEOUT_MS = 20_000;
const DAY_MS = 86_400_000;
// Groups are 35 days apart: past the 30-day fatigue window, so each group's alerts are its own.
const GROUP_SPACING_MS = 35 * DAY_MS;
const FIRST_GROUP = Date.parse('2031-01-07T02:00:00Z');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The bureaus' side: groups of two or three engagements at one place and time (each pair a
 * conflict, each triple a fatigue alert too), comments one at a time and in batches, and
 * organizations registered by the admin, sent through the gateway's HTTP API. A client retries a
 * 503, 502, 504, a refused connection or a timeout with the same `Idempotency-Key` and `externalId`,
 * honouring `Retry-After`, until the write's deadline.
 */
export class Workload {
  readonly writes: Write[] = [];
  private group = 0;
  private comment = 0;
  private readonly runId = randomUUID().slice(0, 8);

  constructor(
    private readonly base: string,
    private readonly keys: Keys,
    private readonly places: Place[],
    private readonly writeDeadlineMs: number,
  ) {}

  /** `groups` groups, one every `intervalMs`; resolves when every write has an outcome. */
  async run(phase: string, groups: number, intervalMs: number): Promise<void> {
    const sent: Array<Promise<void>> = [];
    for (let i = 0; i < groups; i++) {
      sent.push(this.sendGroup(phase));
      if (i < groups - 1) await sleep(intervalMs);
    }
    await Promise.all(sent);
  }

  /** `size` comment submits at once, more than a service's connection pool; every fourth a batch of three. */
  async burst(phase: string, size: number): Promise<void> {
    const place = this.places[0];
    await Promise.all(Array.from({ length: size }, (_, i) => (i % 4 === 3 ? this.comments(phase, place, 3) : this.comments(phase, place, 1))));
  }

  /** Writes of `phase` that have an outcome, accepted or not. */
  answered(phase: string): number {
    return this.writes.filter((w) => w.phase === phase).length;
  }

  private async sendGroup(phase: string): Promise<void> {
    const g = this.group++;
    const place = this.places[g % this.places.length];
    const startsAt = new Date(FIRST_GROUP + g * GROUP_SPACING_MS);
    const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
    const bureaus = BUREAUS.slice(0, g % 2 === 0 ? 2 : 3);
    await Promise.all([
      ...bureaus.map((bureau) =>
        this.write({ kind: 'engagement', phase, bureau, ref: `${this.runId}-g${g}-${bureau}` }, this.keys.bureaus[bureau], '/v1/engagements', {
          title: `Fault suite session ${g} (${bureau})`,
          kind: 'listening_session',
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          location: { address: `Community hall, ${place.slug}`, lat: place.lat, lon: place.lon },
          externalId: `${this.runId}-g${g}-${bureau}`,
        }),
      ),
      this.comments(phase, place, 1),
      this.comments(phase, place, 1),
      this.comments(phase, place, 3),
      this.organization(phase, g),
    ]);
  }

  private comments(phase: string, place: Place, count: number): Promise<void> {
    const n = this.comment++;
    const items = Array.from({ length: count }, (_, i) => ({
      text: `Comment ${n}.${i}: the crossing near ${place.slug} needs a signal and better lighting.`,
      externalId: `${this.runId}-c${n}.${i}`,
      location: { lat: place.lat, lon: place.lon },
    }));
    const key = this.keys.bureaus.PBOT;
    if (count === 1) return this.write({ kind: 'comment', phase, bureau: 'PBOT', ref: items[0].externalId }, key, '/v1/comments', items[0]);
    // One write per comment of the batch, all answered by the batch's one answer.
    return this.write({ kind: 'comment', phase, bureau: 'PBOT', ref: items.map((c) => c.externalId).join(' ') }, key, '/v1/comments:batch', { comments: items });
  }

  private async organization(phase: string, g: number): Promise<void> {
    const slug = `faults-${this.runId}-${g}`;
    await this.write({ kind: 'organization', phase, bureau: 'admin', ref: slug }, this.keys.admin, '/v1/organizations', {
      slug,
      kind: 'community_organization',
      name: `Fault suite tenants union ${g}`,
      councilDistricts: ['2'],
    });
  }

  /** Sends until a 2xx or the deadline; the batch writes' refs are split into one write each. */
  private async write(write: Omit<Write, 'outcome' | 'attempts' | 'failures'>, key: string, path: string, body: object): Promise<void> {
    const idempotencyKey = randomUUID();
    const deadline = Date.now() + this.writeDeadlineMs;
    const failures: string[] = [];
    let outcome: Write['outcome'] = 'abandoned';
    let id: string | undefined;
    let attempts = 0;
    while (Date.now() < deadline) {
      attempts++;
      const answer = await this.send(key, path, body, write.kind === 'organization' ? undefined : idempotencyKey);
      if (typeof answer === 'string' || RETRYABLE.has(answer.status)) {
        failures.push(typeof answer === 'string' ? answer : String(answer.status));
        const retryAfter = typeof answer === 'string' ? null : answer.retryAfter;
        await sleep(Math.max(0, Math.min(deadline - Date.now(), retryAfter !== null ? retryAfter * 1000 : Math.min(250 * 2 ** attempts, 3000))));
        continue;
      }
      // Registering takes no Idempotency-Key: a slug taken after an attempt whose answer was lost is that attempt's organization.
      const mine = write.kind === 'organization' && answer.status === 409 && failures.length > 0 ? await this.readOrganization(key, write.ref) : undefined;
      if (answer.status >= 200 && answer.status < 300) {
        outcome = 'accepted';
        id = typeof answer.body.id === 'string' ? answer.body.id : undefined;
      } else if (mine) {
        outcome = 'accepted';
        id = mine;
      } else {
        outcome = 'refused';
        failures.push(`${answer.status} ${typeof answer.body.detail === 'string' ? answer.body.detail : ''}`.trim());
      }
      break;
    }
    for (const ref of write.ref.split(' ')) this.writes.push({ ...write, ref, outcome, id, attempts, failures });
  }

  private async readOrganization(key: string, slug: string): Promise<string | undefined> {
    const answer = await this.send(key, `/v1/organizations/${slug}`, undefined, undefined, 'GET');
    return typeof answer !== 'string' && answer.status === 200 && typeof answer.body.id === 'string' ? answer.body.id : undefined;
  }

  /** One attempt: the answer, or why there was none. */
  private async send(key: string, path: string, body: object | undefined, idempotencyKey: string | undefined, method = 'POST'): Promise<Answer | string> {
    try {
      const res = await fetch(`${this.base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${key}`,
          'content-type': 'application/json',
          ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      });
      const text = await res.text();
      const retryAfter = res.headers.get('retry-after');
      return { status: res.status, body: parseBody(text), retryAfter: retryAfter !== null && /^\d+$/.test(retryAfter) ? Number(retryAfter) : null };
    } catch (err) {
      return (err as Error).name === 'TimeoutError' ? 'timeout' : 'connection';
    }
  }
}

function parseBody(text: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

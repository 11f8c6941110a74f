import type { DeadLetterRecord } from '#libs/contracts';
import { KeyedSequencer, Semaphore } from '../concurrency.js';
import type { Delivery, Outcome } from '../dispatcher.js';
import { subjectMatches } from '../naming.js';
import type { QueryReply, QueryRequest } from '../queries.js';

/** One replica's way of handling a delivery for a consumer group. */
export type DeliveryWorker = (delivery: Delivery) => Promise<Outcome>;
export type QueryResponder = (request: QueryRequest) => Promise<QueryReply>;

interface ConsumerGroup {
  name: string;
  pattern: string;
  deadLetterSubject: (record: DeadLetterRecord) => string;
  workers: DeliveryWorker[];
  next: number;
  slots: Semaphore;
  sequencer: KeyedSequencer;
}

interface Message {
  subject: string;
  body: string;
  aggregate: string;
}

export interface InProcessBrokerOptions {
  duplicateWindowMs: number;
  concurrency: number;
}

/**
 * The broker of single-process mode. It keeps JetStream's contract: deliveries to durable consumer
 * groups shared by replicas, a duplicate window on event ids, retries with backoff, and a dead
 * letter. `publish` resolves when every consumer group has settled the message (handled or
 * dead-lettered), so the outbox row stays pending, and is published again after a crash, until then.
 */
export class InProcessBroker {
  private readonly groups = new Map<string, ConsumerGroup>();
  private readonly responders = new Map<string, { list: QueryResponder[]; next: number }>();
  private readonly seen = new Map<string, number>();
  readonly deadLetters: Array<{ subject: string; record: DeadLetterRecord }> = [];
  private closed = false;

  constructor(private readonly options: InProcessBrokerOptions) {}

  join(
    groupName: string,
    pattern: string,
    worker: DeliveryWorker,
    deadLetterSubject: (record: DeadLetterRecord) => string,
  ): () => void {
    let group = this.groups.get(groupName);
    if (!group) {
      group = {
        name: groupName,
        pattern,
        deadLetterSubject,
        workers: [],
        next: 0,
        slots: new Semaphore(this.options.concurrency),
        sequencer: new KeyedSequencer(),
      };
      this.groups.set(groupName, group);
    }
    group.workers.push(worker);
    const joined = group;
    return () => {
      joined.workers = joined.workers.filter((w) => w !== worker);
    };
  }

  answer(subject: string, responder: QueryResponder): () => void {
    const entry = this.responders.get(subject) ?? { list: [], next: 0 };
    entry.list.push(responder);
    this.responders.set(subject, entry);
    return () => {
      entry.list = entry.list.filter((r) => r !== responder);
    };
  }

  /** Resolves false when the id was seen within the duplicate window (the message is dropped, as JetStream does). */
  async publish(subject: string, id: string, body: string, aggregate: string): Promise<boolean> {
    if (this.closed) throw new Error('in-process broker is closed');
    const now = Date.now();
    this.forgetOld(now);
    if (this.seen.has(id)) return false;
    this.seen.set(id, now);
    const message: Message = { subject, body, aggregate };
    await Promise.all([...this.groups.values()].filter((g) => subjectMatches(g.pattern, subject)).map((g) => this.deliver(g, message)));
    return true;
  }

  async request(subject: string, request: QueryRequest, timeoutMs: number): Promise<QueryReply | 'no-responder' | 'timeout'> {
    const entry = this.responders.get(subject);
    if (!entry || entry.list.length === 0) return 'no-responder';
    const responder = entry.list[entry.next++ % entry.list.length];
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      return await Promise.race([responder(request), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async deliver(group: ConsumerGroup, message: Message): Promise<void> {
    await group.slots.acquire();
    try {
      await group.sequencer.run(message.aggregate, async () => {
        for (let deliveryCount = 1; ; deliveryCount++) {
          const worker = await this.pickWorker(group);
          const outcome = await worker({ subject: message.subject, body: message.body, deliveryCount });
          if (outcome.kind === 'handled' || outcome.kind === 'duplicate') return;
          if (outcome.kind === 'deadletter') {
            await this.deadLetter(group.deadLetterSubject(outcome.record), outcome.record);
            return;
          }
          await new Promise((resolve) => setTimeout(resolve, outcome.delayMs));
        }
      });
    } finally {
      group.slots.release();
    }
  }

  /**
   * Dead letters are kept for inspection (the newest 10,000) and counted in
   * civic_events_deadlettered_total; in one process nothing subscribes to them.
   */
  private async deadLetter(subject: string, record: DeadLetterRecord): Promise<void> {
    this.deadLetters.push({ subject, record });
    if (this.deadLetters.length > 10_000) this.deadLetters.shift();
  }

  /** Waits for a replica when none is attached (a service restarting), as a durable consumer would. */
  private async pickWorker(group: ConsumerGroup): Promise<DeliveryWorker> {
    while (group.workers.length === 0) {
      if (this.closed) throw new Error('in-process broker is closed');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return group.workers[group.next++ % group.workers.length];
  }

  private forgetOld(now: number): void {
    if (this.seen.size < 10_000) return;
    for (const [id, at] of this.seen) {
      if (now - at <= this.options.duplicateWindowMs) break;
      this.seen.delete(id);
    }
  }

  close(): void {
    this.closed = true;
  }
}

import { AckPolicy, DeliverPolicy, RetentionPolicy, StorageType, type JetStreamManager } from '@nats-io/jetstream';
import { nanos } from '@nats-io/nats-core';
import { DeadLetterStream, Streams, type StreamDefinition } from '#libs/contracts';
import type { SubjectNaming } from '../naming.js';
import { subjectMatches } from '../naming.js';
import type { NatsLink } from './nats-link.js';

export interface StreamSettings {
  duplicateWindowMs: number;
  maxAgeMs: number;
  /** 3 on a clustered NATS, so that an acknowledged event survives the loss of a node. */
  replicas: number;
}

function isNotFound(err: unknown): boolean {
  const e = err as { code?: unknown; api_error?: { err_code?: number }; message?: string };
  return e?.api_error?.err_code === 10059 || e?.api_error?.err_code === 10014 || /not found/i.test(e?.message ?? '');
}

/** Creates each domain stream, or brings its subjects and duplicate window up to date. Safe to run on every start. */
export async function ensureStreams(jsm: JetStreamManager, naming: SubjectNaming, settings: StreamSettings): Promise<void> {
  for (const def of [...Streams, DeadLetterStream]) {
    const { name, subjects } = naming.stream(def);
    const config = {
      name,
      subjects,
      storage: StorageType.File,
      retention: RetentionPolicy.Limits,
      duplicate_window: nanos(settings.duplicateWindowMs),
      max_age: nanos(settings.maxAgeMs),
      num_replicas: settings.replicas,
    };
    try {
      const info = await jsm.streams.info(name);
      const same =
        info.config.subjects?.join() === subjects.join() &&
        info.config.duplicate_window === config.duplicate_window &&
        info.config.max_age === config.max_age &&
        info.config.num_replicas === config.num_replicas;
      if (!same) {
        await jsm.streams.update(name, {
          subjects,
          duplicate_window: config.duplicate_window,
          max_age: config.max_age,
          num_replicas: config.num_replicas,
        });
      }
    } catch (err) {
      if (!isNotFound(err)) throw err;
      try {
        await jsm.streams.add(config);
      } catch (addErr) {
        // Another replica created it between our look and our add.
        if (!/already in use|exists/i.test((addErr as Error).message)) throw addErr;
      }
    }
  }
}

/** Puts the streams in place at start, and again (at most every few seconds) when a publisher finds one missing. */
export class StreamProvisioner {
  private lastHeal = 0;

  constructor(
    private readonly link: NatsLink,
    private readonly naming: SubjectNaming,
    private readonly settings: StreamSettings,
  ) {}

  async ensure(): Promise<void> {
    await ensureStreams(await this.link.jsm(), this.naming, this.settings);
  }

  async heal(): Promise<void> {
    if (Date.now() - this.lastHeal < 5000) return;
    this.lastHeal = Date.now();
    await this.ensure().catch(() => undefined);
  }
}

/** The domain stream that stores a subscription's subjects. */
export function streamFor(pattern: string): StreamDefinition {
  const found = [...Streams, DeadLetterStream].find((s) => s.subjects.some((root) => covers(root, pattern)));
  if (!found) throw new Error(`No stream stores ${pattern}; subjects start with one of ${Streams.map((s) => s.subjects[0]).join(', ')}`);
  return found;
}

function covers(root: string, pattern: string): boolean {
  return subjectMatches(root, pattern.replace(/\*/g, 'x').replace(/>$/, 'x'));
}

export interface ConsumerSettings {
  ackWaitMs: number;
  maxAckPending: number;
}

/** One durable pull consumer per (service, subscription); replicas bind to the same one. */
export async function ensureConsumer(
  jsm: JetStreamManager,
  stream: string,
  durable: string,
  filterSubject: string,
  settings: ConsumerSettings,
): Promise<void> {
  const config = {
    durable_name: durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subject: filterSubject,
    ack_wait: nanos(settings.ackWaitMs),
    // The transport counts deliveries itself and dead-letters; the server never drops silently.
    max_deliver: -1,
    max_ack_pending: settings.maxAckPending,
  };
  try {
    const info = await jsm.consumers.info(stream, durable);
    if (info.config.ack_wait !== config.ack_wait || info.config.max_ack_pending !== config.max_ack_pending) {
      await jsm.consumers.update(stream, durable, { ack_wait: config.ack_wait, max_ack_pending: config.max_ack_pending });
    }
  } catch (err) {
    if (!isNotFound(err)) throw err;
    await jsm.consumers.add(stream, config);
  }
}

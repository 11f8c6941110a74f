import { Objm, type ObjectStore } from '@nats-io/obj';
import { StorageType } from '@nats-io/jetstream';
import { headers as natsHeaders, nanos, type MsgHdrs } from '@nats-io/nats-core';
import { v7 as uuidv7 } from 'uuid';
import type { SubjectNaming } from '../naming.js';
import type { NatsLink } from './nats-link.js';

/** The header that says a message's body is in the payload bucket, under this name. */
export const PAYLOAD_REF_HEADER = 'Civic-Payload-Ref';
/** Room left in a message for its headers and subject. */
const HEADROOM_BYTES = 16 * 1024;
/** NATS's default `max_payload`, used until the server has said its own. */
const DEFAULT_MAX_PAYLOAD = 1024 * 1024;

export interface LargePayloadSettings {
  /** How long an unread payload stays in the bucket (a requester that timed out never reads its reply). */
  ttlMs: number;
  replicas: number;
}

export interface OutgoingBody {
  data: Uint8Array;
  headers?: MsgHdrs;
}

/**
 * Requests and replies larger than one NATS message (1 MB by default) travel through one JetStream
 * object store bucket: the message carries only a reference header, and the receiver reads the body
 * from the bucket and removes it. Smaller bodies go inline, as before.
 */
export class LargePayloads {
  private store?: Promise<ObjectStore>;

  constructor(
    private readonly link: NatsLink,
    private readonly naming: SubjectNaming,
    private readonly settings: LargePayloadSettings,
  ) {}

  /** The largest body this connection sends inline. */
  async inlineLimit(): Promise<number> {
    const nc = await this.link.nc();
    return (nc.info?.max_payload ?? DEFAULT_MAX_PAYLOAD) - HEADROOM_BYTES;
  }

  /** The body to send: inline when it fits one message, else a reference to where it was stored. */
  async outgoing(body: Uint8Array): Promise<OutgoingBody> {
    if (body.length <= (await this.inlineLimit())) return { data: body };
    const name = uuidv7();
    try {
      await (await this.bucket()).putBlob({ name }, body);
    } catch (err) {
      // A broker that lost its state lost the bucket too: make it again next time.
      this.store = undefined;
      throw err;
    }
    const headers = natsHeaders();
    headers.set(PAYLOAD_REF_HEADER, name);
    return { data: new Uint8Array(0), headers };
  }

  /** A received message's body, read from the bucket (and removed from it) when the message refers to it. */
  async incoming(message: { data: Uint8Array; headers?: MsgHdrs }): Promise<Uint8Array> {
    const name = message.headers?.get(PAYLOAD_REF_HEADER);
    if (!name) return message.data;
    const store = await this.bucket();
    const body = await store.getBlob(name);
    if (!body) throw new Error(`payload ${name} is no longer in the payload bucket`);
    // Read once: remove it now; the bucket's TTL removes what nobody read.
    store.delete(name).catch(() => undefined);
    return body;
  }

  private bucket(): Promise<ObjectStore> {
    this.store ??= (async () => {
      const objm = new Objm(await this.link.js());
      const name = this.naming.prefix ? `${this.naming.prefix}_civic_payloads` : 'civic_payloads';
      return objm.create(name, { storage: StorageType.File, replicas: this.settings.replicas, ttl: nanos(this.settings.ttlMs) });
    })();
    // A failed creation (the broker away) is tried again next time.
    this.store.catch(() => (this.store = undefined));
    return this.store;
  }
}

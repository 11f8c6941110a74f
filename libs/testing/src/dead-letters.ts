import { jetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import type { DeadLetterRecord } from '#libs/contracts';

/** Everything in a namespace's dead-letter stream, oldest first. */
export async function readDeadLetters(natsUrl: string, prefix: string): Promise<Array<{ subject: string; record: DeadLetterRecord }>> {
  const nc = await connect({ servers: natsUrl });
  try {
    const js = jetstream(nc);
    const consumer = await js.consumers.get(`${prefix}_CIVIC_DEADLETTER`);
    const out: Array<{ subject: string; record: DeadLetterRecord }> = [];
    for (;;) {
      const batch = await consumer.fetch({ max_messages: 500, expires: 1000 });
      let n = 0;
      for await (const m of batch) {
        out.push({ subject: m.subject, record: m.json<DeadLetterRecord>() });
        n++;
      }
      if (n === 0) return out;
    }
  } finally {
    await nc.close();
  }
}

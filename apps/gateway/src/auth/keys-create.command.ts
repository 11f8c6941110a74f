import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { grantProblem, isRole, RoleNames, type KeyGrant } from '#libs/auth';
import { openServiceDatabase, serviceDatabaseUrl } from '#libs/persistence';
import { GATEWAY_SERVICE } from '../gateway.module.js';
import { GatewayEntities, GatewayMigrations } from '../migrations/index.js';
import { ApiKeyRepository } from './api-key.repository.js';
import { ApiKeyService } from './api-key.service.js';

const USAGE = 'usage: npm run keys:create -- --role bureau|coordinator|admin [--bureau CODE] [--label TEXT]';

/** A bad command line: one line on stderr, exit code 2. */
export class UsageError extends Error {}

export function parseKeysCreateArgs(argv: string[]): KeyGrant {
  let values: { role?: string; bureau?: string; label?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { role: { type: 'string' }, bureau: { type: 'string' }, label: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    // Node's own messages run on with advice about `--`; the first sentence names the problem.
    throw new UsageError(`${(err as Error).message.split('. ')[0].replace(/\.$/, '')} (${USAGE})`);
  }
  if (values.role === undefined) throw new UsageError(`--role is required (${USAGE})`);
  if (!isRole(values.role)) throw new UsageError(`--role must be one of ${RoleNames.join(', ')}; got "${values.role}" (${USAGE})`);
  const bureauCode = values.bureau || null;
  const problem = grantProblem(values.role, bureauCode);
  if (problem) throw new UsageError(`--bureau: ${problem} (${USAGE})`);
  const label = values.label?.trim() || null;
  if (label && label.length > 200) throw new UsageError(`--label must be at most 200 characters (${USAGE})`);
  return { role: values.role, bureauCode, label };
}

export interface CommandOutput {
  /** The key, and nothing else, so that `$(npm run -s keys:create ...)` captures just it. */
  stdout(line: string): void;
  stderr(line: string): void;
}

const processOutput: CommandOutput = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

/**
 * `npm run keys:create`: stores a new key's hash in the gateway database (created and migrated if
 * needed) and prints the key once. Returns the exit code: 0, 1 (configuration or database), 2 (usage).
 */
export async function runKeysCreate(argv: string[], env: NodeJS.ProcessEnv, output: CommandOutput = processOutput): Promise<number> {
  let grant: KeyGrant;
  try {
    grant = parseKeysCreateArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    output.stderr(`keys:create: ${err.message}`);
    return 2;
  }
  if (!env.DATABASE_URL && !env.GATEWAY_DATABASE_URL) {
    output.stderr(
      'keys:create: DATABASE_URL is not set; point it at the platform\'s Postgres, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/civic ' +
        '(with `npm start` and its embedded Postgres running: DATABASE_URL=postgres://postgres:postgres@127.0.0.1:54329/civic)',
    );
    return 1;
  }
  const url = serviceDatabaseUrl(GATEWAY_SERVICE, env);
  let dataSource: DataSource | undefined;
  try {
    dataSource = await openServiceDatabase({ service: GATEWAY_SERVICE, url, entities: GatewayEntities, migrations: GatewayMigrations, poolSize: 2 });
    const { key, apiKey } = await new ApiKeyService(new ApiKeyRepository(dataSource)).issue(grant);
    output.stdout(key);
    const scope = apiKey.bureauCode ? ` for ${apiKey.bureauCode}` : '';
    const label = apiKey.label ? ` "${apiKey.label}"` : '';
    output.stderr(`Created ${apiKey.role} key ${apiKey.keyId}${scope}${label}. The key above is shown only this once; store it now.`);
    return 0;
  } catch (err) {
    output.stderr(`keys:create: cannot store the key in ${withoutPassword(url)}: ${(err as Error).message.replace(/\s+/g, ' ')}`);
    return 1;
  } finally {
    if (dataSource?.isInitialized) await dataSource.destroy();
  }
}

function withoutPassword(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { grantProblem, isRole, RoleDescriptions, RoleNames, type KeyGrant } from '#libs/auth';
import { embeddedPostgresSettings, openServiceDatabase, serviceDatabaseUrl } from '#libs/persistence';
import { GATEWAY_SERVICE } from '../gateway.module.js';
import { GatewayEntities, GatewayMigrations } from '../migrations/index.js';
import { ApiKeyRepository } from './api-key.repository.js';
import { ApiKeyService } from './api-key.service.js';
import { seededBureaus, type SeededBureau } from './seeded-bureaus.js';

const USAGE = 'usage: npm run keys:create -- --role bureau|coordinator|admin [--bureau CODE] [--label TEXT]';

/** What `--help` prints: how to call it, the roles, the bureau codes, and which database it writes to. */
export function keysCreateHelp(bureaus: SeededBureau[], env: NodeJS.ProcessEnv = process.env): string[] {
  const width = Math.max(...bureaus.map((b) => b.code.length), 0);
  return [
    USAGE,
    '',
    'Creates an API key, prints it once on stdout (only its hash is stored) and says on stderr what it created.',
    '',
    'Roles (--role):',
    ...RoleNames.map((role) => `  ${role.padEnd(13)}${RoleDescriptions[role]}`),
    '',
    'Bureau codes (--bureau, required for role bureau and refused for the others): 2-8 capital letters or &.',
    ...(bureaus.length > 0
      ? ['The bureaus the registry is seeded with:', ...bureaus.map((b) => `  ${b.code.padEnd(width + 2)}${b.name}`)]
      : []),
    'A bureau the registry does not list may have a key too; GET /v1/organizations?kind=bureau lists those it knows.',
    '',
    '--label TEXT   who or what the key is for, kept with it (up to 200 characters)',
    '',
    'The key goes to the gateway database: GATEWAY_DATABASE_URL, else DATABASE_URL with _gateway appended.',
    `While \`npm start\` runs with its embedded Postgres: DATABASE_URL=${embeddedPostgresSettings(env).url} (\`npm start\` prints the whole command).`,
    '',
    'Examples:',
    '  npm run -s keys:create -- --role bureau --bureau PBOT --label "PBOT intake"',
    '  npm run -s keys:create -- --role coordinator',
    '  KEY=$(npm run -s keys:create -- --role admin)',
  ];
}

/** A bad command line: one line on stderr, exit code 2. */
export class UsageError extends Error {}

/** The grant the command line asks for, or 'help' for `--help` / `-h`. */
export function parseKeysCreateArgs(argv: string[]): KeyGrant | 'help' {
  let values: { role?: string; bureau?: string; label?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { role: { type: 'string' }, bureau: { type: 'string' }, label: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    // Node's own messages run on with advice about `--`; the first sentence names the problem.
    throw new UsageError(`${(err as Error).message.split('. ')[0].replace(/\.$/, '')} (${USAGE})`);
  }
  if (values.help) return 'help';
  if (values.role === undefined) throw new UsageError(`--role is required (${USAGE}; --help lists the roles and bureau codes)`);
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
  let grant: KeyGrant | 'help';
  try {
    grant = parseKeysCreateArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    output.stderr(`keys:create: ${err.message}`);
    return 2;
  }
  if (grant === 'help') {
    for (const line of keysCreateHelp(seededBureaus(), env)) output.stdout(line);
    return 0;
  }
  if (!env.DATABASE_URL && !env.GATEWAY_DATABASE_URL) {
    output.stderr(
      'keys:create: DATABASE_URL is not set; point it at the platform\'s Postgres, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/civic ' +
        `(with \`npm start\` and its embedded Postgres running: DATABASE_URL=${embeddedPostgresSettings(env).url})`,
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

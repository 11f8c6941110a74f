import pg from 'pg';
import { hashApiKey, parseApiKey } from '#libs/auth';
import { TestNamespace } from '#libs/testing';
import { runKeysCreate } from '../../apps/gateway/src/auth/keys-create.command.js';

/** `npm run keys:create`, called as its entry point calls it, against the real Postgres. */
describe('keys:create', () => {
  const ns = new TestNamespace();

  async function run(argv: string[], env: NodeJS.ProcessEnv) {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = await runKeysCreate(argv, env, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
    return { code, stdout, stderr };
  }

  async function storedKeys(): Promise<Array<Record<string, unknown>>> {
    const client = new pg.Client({ connectionString: ns.databaseUrl('gateway') });
    await client.connect();
    try {
      return (await client.query('SELECT key_id, key_hash, role, bureau_code, label, revoked_at FROM api_key ORDER BY created_at')).rows;
    } finally {
      await client.end();
    }
  }

  afterAll(() => ns.cleanup());

  it('prints the new key alone on stdout and stores only its hash', async () => {
    const { code, stdout, stderr } = await run(['--role', 'bureau', '--bureau', 'PBOT', '--label', 'PBOT intake'], ns.env({ natsUrl: null }));
    expect(code).toBe(0);
    expect(stdout).toHaveLength(1);
    const { keyId } = parseApiKey(stdout[0])!;
    expect(stderr).toEqual([`Created bureau key ${keyId} for PBOT "PBOT intake". The key above is shown only this once; store it now.`]);
    expect(await storedKeys()).toEqual([
      { key_id: keyId, key_hash: hashApiKey(stdout[0]), role: 'bureau', bureau_code: 'PBOT', label: 'PBOT intake', revoked_at: null },
    ]);
  });

  it('exits 2 with one line for bad arguments, touching no database', async () => {
    for (const argv of [[], ['--role', 'mayor'], ['--role', 'bureau'], ['--role', 'coordinator', '--bureau', 'PBOT'], ['--role', 'bureau', '--bureau', 'pbot']]) {
      const { code, stdout, stderr } = await run(argv, { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
      expect({ argv, code, stdout, lines: stderr.length }).toEqual({ argv, code: 2, stdout: [], lines: 1 });
      expect(stderr[0]).toMatch(/^keys:create: .*\(usage: npm run keys:create -- --role bureau\|coordinator\|admin/);
    }
  });

  it('prints its help on stdout and exits 0 for --help, touching no database', async () => {
    const { code, stdout, stderr } = await run(['--help'], {});
    expect(code).toBe(0);
    expect(stderr).toEqual([]);
    expect(stdout[0]).toMatch(/^usage: npm run keys:create/);
    expect(stdout).toContainEqual(expect.stringMatching(/^ {2}bureau +speaks for one bureau/));
    expect(stdout).toContainEqual(expect.stringMatching(/^ {2}PBOT +Portland Bureau of Transportation$/));
  });

  it('says in one line that DATABASE_URL is missing, with the embedded Postgres address', async () => {
    const { code, stdout, stderr } = await run(['--role', 'admin'], {});
    expect(code).toBe(1);
    expect(stdout).toEqual([]);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/^keys:create: DATABASE_URL is not set/);
    expect(stderr[0]).toContain('postgres://postgres:postgres@127.0.0.1:54329/civic');
  });

  it('says in one line that the database cannot be reached, without its password', async () => {
    const { code, stdout, stderr } = await run(['--role', 'admin'], { DATABASE_URL: 'postgres://postgres:hunter2@127.0.0.1:1/civic' });
    expect(code).toBe(1);
    expect(stdout).toEqual([]);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/^keys:create: cannot store the key in postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/civic_gateway: /);
    expect(stderr[0]).not.toContain('hunter2');
  });
});

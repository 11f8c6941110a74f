import { RoleNames } from '#libs/auth';
import { keysCreateHelp, parseKeysCreateArgs, UsageError } from './keys-create.command.js';
import { seededBureaus } from './seeded-bureaus.js';

function usageError(argv: string[]): string {
  try {
    parseKeysCreateArgs(argv);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    const message = (err as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error(`accepted ${argv.join(' ')}`);
}

describe('keys:create arguments', () => {
  it('reads a bureau key scoped to its bureau, with an optional label', () => {
    expect(parseKeysCreateArgs(['--role', 'bureau', '--bureau', 'PBOT'])).toEqual({ role: 'bureau', bureauCode: 'PBOT', label: null });
    expect(parseKeysCreateArgs(['--role=bureau', '--bureau=PP&R', '--label', ' parks intake '])).toEqual({
      role: 'bureau',
      bureauCode: 'PP&R',
      label: 'parks intake',
    });
  });

  it('reads coordinator and admin keys without a bureau', () => {
    expect(parseKeysCreateArgs(['--role', 'coordinator'])).toEqual({ role: 'coordinator', bureauCode: null, label: null });
    expect(parseKeysCreateArgs(['--role', 'admin', '--label', 'platform team'])).toEqual({ role: 'admin', bureauCode: null, label: 'platform team' });
  });

  it('requires a known role', () => {
    expect(usageError([])).toMatch(/^--role is required \(usage: /);
    expect(usageError(['--role', 'mayor'])).toMatch(/^--role must be one of bureau, coordinator, admin; got "mayor"/);
    expect(usageError(['--role'])).toMatch(/^Option '--role <value>' argument missing/);
  });

  it('requires a well-formed bureau code for role bureau and refuses one otherwise', () => {
    expect(usageError(['--role', 'bureau'])).toMatch(/^--bureau: role bureau needs the code of the bureau/);
    expect(usageError(['--role', 'bureau', '--bureau', 'pbot'])).toMatch(/^--bureau: "pbot" is not a bureau code/);
    expect(usageError(['--role', 'admin', '--bureau', 'PBOT'])).toMatch(/^--bureau: role admin is not scoped to a bureau/);
  });

  it('refuses unknown options, stray arguments and over-long labels', () => {
    expect(usageError(['--role', 'admin', '--scope', 'all'])).toMatch(/^Unknown option '--scope' \(usage: /);
    expect(usageError(['--role', 'admin', 'extra'])).toMatch(/^Unexpected argument 'extra'/);
    expect(usageError(['--role', 'admin', '--label', 'x'.repeat(201)])).toMatch(/^--label must be at most 200 characters/);
  });

  it('answers help for --help and -h, whatever else is on the line', () => {
    expect(parseKeysCreateArgs(['--help'])).toBe('help');
    expect(parseKeysCreateArgs(['-h'])).toBe('help');
    expect(parseKeysCreateArgs(['--role', 'bureau', '--help'])).toBe('help');
    expect(usageError([])).toContain('--help lists the roles and bureau codes');
  });
});

describe('keys:create --help', () => {
  const help = keysCreateHelp(seededBureaus(), {});

  it('names every role and what it is for, and how to give a bureau key its bureau', () => {
    expect(help[0]).toMatch(/^usage: npm run keys:create -- --role bureau\|coordinator\|admin \[--bureau CODE\]/);
    for (const role of RoleNames) expect(help).toContainEqual(expect.stringMatching(new RegExp(`^  ${role} +\\S`)));
    expect(help).toContain('  npm run -s keys:create -- --role bureau --bureau PBOT --label "PBOT intake"');
  });

  it('lists the bureau codes the registry is seeded with', () => {
    const bureaus = seededBureaus();
    expect(bureaus).toHaveLength(20);
    expect(bureaus).toContainEqual({ code: 'PBOT', name: 'Portland Bureau of Transportation' });
    for (const { code, name } of bureaus) expect(help).toContainEqual(expect.stringMatching(new RegExp(`^  ${code} +${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)));
  });

  it('gives the embedded database of npm start at the port it was given', () => {
    expect(help.join('\n')).toContain('DATABASE_URL=postgres://postgres:postgres@127.0.0.1:54329/civic');
    expect(keysCreateHelp([], { EMBEDDED_POSTGRES_PORT: '55432' }).join('\n')).toContain('127.0.0.1:55432/civic');
  });

  it('still says that other bureaus may have keys when the registry data is not there', () => {
    expect(seededBureaus('/nonexistent/bureaus.csv')).toEqual([]);
    expect(keysCreateHelp([], {})).toContainEqual(expect.stringContaining('GET /v1/organizations?kind=bureau'));
  });
});

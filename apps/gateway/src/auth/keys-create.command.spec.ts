import { parseKeysCreateArgs, UsageError } from './keys-create.command.js';

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
});

import { grantProblem, isRole } from './roles.js';

describe('roles', () => {
  it('knows the three roles and nothing else', () => {
    expect(['bureau', 'coordinator', 'admin'].every(isRole)).toBe(true);
    expect(isRole('Admin')).toBe(false);
    expect(isRole('root')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });

  it('scopes a bureau key to exactly one bureau code', () => {
    expect(grantProblem('bureau', 'PBOT')).toBeNull();
    expect(grantProblem('bureau', 'PP&R')).toBeNull();
    expect(grantProblem('bureau', null)).toMatch(/role bureau needs the code of the bureau/);
    expect(grantProblem('bureau', 'pbot')).toMatch(/"pbot" is not a bureau code/);
    expect(grantProblem('bureau', 'P')).toMatch(/not a bureau code/);
    expect(grantProblem('bureau', 'PBOTPBOTX')).toMatch(/not a bureau code/);
  });

  it('keeps coordinator and admin keys free of any bureau', () => {
    expect(grantProblem('coordinator', null)).toBeNull();
    expect(grantProblem('admin', null)).toBeNull();
    expect(grantProblem('admin', 'PBOT')).toMatch(/role admin is not scoped to a bureau/);
  });
});

import { staffRoleOf, type GroupMapping } from './staff-role.js';

const mapping: GroupMapping = { claim: 'groups', adminGroup: 'civic-admin', coordinatorGroup: 'civic-coordinator', bureauGroupPrefix: 'civic-bureau-' };

describe('staffRoleOf', () => {
  it('gives the highest role the groups name', () => {
    expect(staffRoleOf({ groups: ['civic-bureau-PBOT', 'civic-admin'] }, mapping)).toEqual({ role: 'admin', bureauCode: null });
    expect(staffRoleOf({ groups: ['civic-coordinator', 'civic-bureau-PBOT'] }, mapping)).toEqual({ role: 'coordinator', bureauCode: null });
    expect(staffRoleOf({ groups: ['everyone', 'civic-bureau-PBOT'] }, mapping)).toEqual({ role: 'bureau', bureauCode: 'PBOT' });
  });

  it('reads a claim of names separated by spaces or commas, and a claim named otherwise', () => {
    expect(staffRoleOf({ roles: 'staff, civic-bureau-BES' }, { ...mapping, claim: 'roles' })).toEqual({ role: 'bureau', bureauCode: 'BES' });
    expect(staffRoleOf({ groups: 'staff civic-bureau-PP&R' }, mapping)).toEqual({ role: 'bureau', bureauCode: 'PP&R' });
  });

  it('refuses no group, several bureaus, and a bureau code that is not one', () => {
    expect(staffRoleOf({ groups: ['everyone'] }, mapping)).toEqual({ refused: expect.stringContaining('none of the platform') });
    expect(staffRoleOf({}, mapping)).toEqual({ refused: expect.stringContaining('civic-bureau-PBOT') });
    expect(staffRoleOf({ groups: ['civic-bureau-PBOT', 'civic-bureau-BES'] }, mapping)).toEqual({ refused: expect.stringContaining('PBOT, BES') });
    expect(staffRoleOf({ groups: ['civic-bureau-pbot', 'civic-bureau-'] }, mapping)).toEqual({ refused: expect.stringContaining('none of the platform') });
    expect(staffRoleOf({ groups: [42, null] }, mapping)).toEqual({ refused: expect.any(String) });
  });
});

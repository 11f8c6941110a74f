import { EngagementStatuses, type EngagementStatus } from '#libs/contracts';
import { transitionProblem } from './lifecycle.js';

describe('engagement lifecycle', () => {
  const allowed: Array<[EngagementStatus, EngagementStatus]> = [
    ['draft', 'scheduled'],
    ['draft', 'cancelled'],
    ['scheduled', 'held'],
    ['scheduled', 'cancelled'],
    ['scheduled', 'postponed'],
    ['postponed', 'scheduled'],
    ['held', 'closed'],
  ];

  it('allows exactly the transitions of the lifecycle', () => {
    for (const from of EngagementStatuses) {
      for (const to of EngagementStatuses) {
        const expected = allowed.some(([f, t]) => f === from && t === to);
        expect([from, to, transitionProblem(from, to) === null]).toEqual([from, to, expected]);
      }
    }
  });

  it('names from and to when refusing', () => {
    expect(transitionProblem('held', 'scheduled')).toBe('an engagement cannot go from held to scheduled: from held it can only become closed');
    expect(transitionProblem('cancelled', 'scheduled')).toBe('an engagement cannot go from cancelled to scheduled: cancelled is final');
    expect(transitionProblem('postponed', 'held')).toContain('from postponed to held');
  });
});

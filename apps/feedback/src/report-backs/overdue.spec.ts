import { overdueNoticeDue, type OverdueCandidate } from './overdue.js';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);
const held = (overrides: Partial<OverdueCandidate> = {}): OverdueCandidate => ({
  status: 'held',
  heldAt: day(0),
  reportBackAt: null,
  overdueNotices: 0,
  lastOverdueAt: null,
  ...overrides,
});

describe('overdueNoticeDue', () => {
  it('is not due until more than N days have passed', () => {
    expect(overdueNoticeDue(held(), day(45), 45)).toBeNull();
    expect(overdueNoticeDue(held(), day(46), 45)).toEqual({ notice: 1, daysSinceHeld: 46 });
    expect(overdueNoticeDue(held(), day(11), 10)).toEqual({ notice: 1, daysSinceHeld: 11 });
  });

  it('comes once, then weekly', () => {
    const first = held({ overdueNotices: 1, lastOverdueAt: day(46) });
    expect(overdueNoticeDue(first, day(47), 45)).toBeNull();
    expect(overdueNoticeDue(first, day(52), 45)).toBeNull();
    expect(overdueNoticeDue(first, day(53), 45)).toEqual({ notice: 2, daysSinceHeld: 53 });
  });

  it('stops once a report-back is published, and never applies to engagements not held', () => {
    expect(overdueNoticeDue(held({ reportBackAt: day(50) }), day(60), 45)).toBeNull();
    expect(overdueNoticeDue(held({ status: 'cancelled' }), day(60), 45)).toBeNull();
    expect(overdueNoticeDue(held({ status: 'scheduled', heldAt: null }), day(60), 45)).toBeNull();
    expect(overdueNoticeDue(held({ status: 'closed' }), day(60), 45)).toEqual({ notice: 1, daysSinceHeld: 60 });
  });
});

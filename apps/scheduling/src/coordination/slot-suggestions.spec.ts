import { ConflictDetector } from './conflict-detector.js';
import { FatigueDetector } from './fatigue-detector.js';
import { suggestSlots, type SlotSearch } from './slot-suggestions.js';

const search = (overrides: Partial<SlotSearch>): SlotSearch => ({
  from: new Date('2027-03-01T08:00:00Z'), // midnight in Portland
  to: new Date('2027-03-02T08:00:00Z'),
  durationMinutes: 120,
  bureau: 'PBOT',
  keys: ['org:kenton'],
  scheduled: [],
  sightings: new Map(),
  timeZone: 'America/Los_Angeles',
  limit: 100,
  ...overrides,
});

describe('suggestSlots', () => {
  const conflicts = new ConflictDetector(60);
  const fatigue = new FatigueDetector(3, 30);

  it('offers half-hour starts from 9:00 local time, ending by 21:00', () => {
    const slots = suggestSlots(search({}), conflicts, fatigue);
    expect(slots[0].startsAt).toBe('2027-03-01T17:00:00.000Z');
    expect(slots.at(-1)!.endsAt).toBe('2027-03-02T05:00:00.000Z');
    expect(slots).toHaveLength(21);
  });

  it('leaves out every start that would conflict, the buffer included', () => {
    const busy = { id: 'x', bureau: 'BES', startsAt: new Date('2027-03-02T02:00:00Z'), endsAt: new Date('2027-03-02T03:00:00Z'), keys: ['org:kenton'] };
    const slots = suggestSlots(search({ scheduled: [busy] }), conflicts, fatigue).map((s) => s.startsAt);
    // 18:00-19:00 local is taken: a 2-hour slot must end by 17:00 or start at 20:00; the last possible start is 19:00.
    expect(slots).toContain('2027-03-01T23:00:00.000Z');
    expect(slots).not.toContain('2027-03-01T23:30:00.000Z');
    expect(slots).not.toContain('2027-03-02T03:00:00.000Z');
  });

  it('offers nothing that would make the community fatigued', () => {
    const sightings = new Map([
      [
        'kenton',
        [
          { id: 'a', bureau: 'BES', startsAt: new Date('2027-02-20T18:00:00Z') },
          { id: 'b', bureau: 'PP&R', startsAt: new Date('2027-02-25T18:00:00Z') },
        ],
      ],
    ]);
    expect(suggestSlots(search({ sightings }), conflicts, fatigue)).toEqual([]);
    expect(suggestSlots(search({ sightings, bureau: 'BES' }), conflicts, fatigue)).toHaveLength(21);
  });
});

import { readTimes } from './engagement-times.js';

describe('readTimes', () => {
  it('keeps an instant given with an offset', () => {
    expect(readTimes('2026-12-03T18:00:00-08:00', '2026-12-03T20:00:00-08:00')).toEqual({
      startsAt: new Date('2026-12-04T02:00:00Z'),
      endsAt: new Date('2026-12-04T04:00:00Z'),
      timeZone: 'America/Los_Angeles',
    });
  });

  it('reads a time without offset in the given zone, daylight saving included', () => {
    const summer = readTimes('2026-07-01T18:00', '2026-07-01T19:00', 'America/Los_Angeles');
    expect(summer).toMatchObject({ startsAt: new Date('2026-07-02T01:00:00Z') });
    const newYork = readTimes('2026-12-01T18:00', '2026-12-01T19:00', 'America/New_York');
    expect(newYork).toMatchObject({ startsAt: new Date('2026-12-01T23:00:00Z'), timeZone: 'America/New_York' });
  });

  it('refuses an unknown zone, a malformed date and an end not after the start', () => {
    expect(readTimes('2026-12-01T18:00', '2026-12-01T19:00', 'Mars/Olympus_Mons')).toEqual([
      { field: 'timeZone', rule: 'isTimeZone', message: 'timeZone must be an IANA time zone such as America/Los_Angeles' },
    ]);
    expect(readTimes('2026-02-30T18:00', 'soon')).toEqual([
      expect.objectContaining({ field: 'startsAt', rule: 'isIso8601' }),
      expect.objectContaining({ field: 'endsAt', rule: 'isIso8601' }),
    ]);
    expect(readTimes('2026-12-01T18:00', '2026-12-01T18:00')).toEqual([
      { field: 'endsAt', rule: 'isAfter', message: expect.stringMatching(/^endsAt must be after startsAt/) },
    ]);
    expect(readTimes('2026-12-01T18:00', '2026-12-01T17:00')).toHaveLength(1);
  });
});

import { nextDigestAt, quietUntil, retryDelayMs } from './delivery-schedule.js';

const LA = 'America/Los_Angeles';
const at = (iso: string) => new Date(iso);

describe('quiet hours', () => {
  const overnight = { start: '22:00', end: '07:00', timeZone: LA };

  it('holds from the local start to the local end, past midnight', () => {
    // 23:30 in Portland on 27 Nov 2026 (PST, UTC-8) is 07:30 UTC on the 28th.
    expect(quietUntil(at('2026-11-28T07:30:00Z'), overnight)).toEqual(at('2026-11-28T15:00:00Z'));
    // 02:00 local is still quiet, until 07:00 local.
    expect(quietUntil(at('2026-11-28T10:00:00Z'), overnight)).toEqual(at('2026-11-28T15:00:00Z'));
  });

  it('is not quiet outside the window', () => {
    expect(quietUntil(at('2026-11-28T15:00:00Z'), overnight)).toBeNull();
    expect(quietUntil(at('2026-11-28T20:00:00Z'), overnight)).toBeNull();
    expect(quietUntil(at('2026-11-28T20:00:00Z'), null)).toBeNull();
  });

  it('handles a daytime window and the zone given, with daylight saving', () => {
    const lunch = { start: '12:00', end: '13:00', timeZone: 'Europe/Paris' };
    // 12:30 in Paris in July (UTC+2).
    expect(quietUntil(at('2026-07-01T10:30:00Z'), lunch)).toEqual(at('2026-07-01T11:00:00Z'));
    expect(quietUntil(at('2026-07-01T11:30:00Z'), lunch)).toBeNull();
  });
});

describe('digest times', () => {
  it('goes out daily at the local time, the next one after now', () => {
    // 08:00 PST is 16:00 UTC.
    expect(nextDigestAt(at('2026-11-28T10:00:00Z'), '08:00', LA, false)).toEqual(at('2026-11-28T16:00:00Z'));
    expect(nextDigestAt(at('2026-11-28T16:00:00Z'), '08:00', LA, false)).toEqual(at('2026-11-29T16:00:00Z'));
  });

  it('goes out weekly on Mondays', () => {
    // 28 Nov 2026 is a Saturday; the next Monday is 30 Nov.
    expect(nextDigestAt(at('2026-11-28T10:00:00Z'), '08:00', LA, true)).toEqual(at('2026-11-30T16:00:00Z'));
  });

  it('waits for the end of quiet hours', () => {
    const quiet = { start: '06:00', end: '09:30', timeZone: LA };
    expect(nextDigestAt(at('2026-11-28T10:00:00Z'), '08:00', LA, false, quiet)).toEqual(at('2026-11-28T17:30:00Z'));
  });
});

describe('retry delays', () => {
  it('doubles each attempt within the upper half of the ceiling, and stops growing at the cap', () => {
    expect(retryDelayMs(1, 1000, 60_000, () => 0)).toBe(500);
    expect(retryDelayMs(1, 1000, 60_000, () => 1)).toBe(1000);
    expect(retryDelayMs(4, 1000, 60_000, () => 0.5)).toBe(6000);
    expect(retryDelayMs(20, 1000, 60_000, () => 1)).toBe(60_000);
    const spread = new Set(Array.from({ length: 50 }, () => retryDelayMs(3, 1000, 60_000)));
    expect(spread.size).toBeGreaterThan(10);
    for (const d of spread) expect(d).toBeGreaterThanOrEqual(2000);
  });
});

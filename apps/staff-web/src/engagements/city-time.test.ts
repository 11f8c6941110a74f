import { describe, expect, it } from 'vitest';
import { formatMoment, formatPeriod } from './city-time';

// ICU puts thin and narrow no-break spaces around the dash and before AM/PM.
const plain = (text: string): string => text.replace(/[\u2009\u202f]/g, ' ');

describe('times in the city', () => {
  it('says when an engagement runs in Pacific Time, in words, whatever zone the computer is in', () => {
    expect(plain(formatPeriod('2026-12-16T02:00:00Z', '2026-12-16T04:00:00Z'))).toBe('Tuesday, December 15, 2026, 6:00 – 8:00 PM PST');
    expect(plain(formatPeriod('2027-07-01T16:30:00Z', '2027-07-01T18:00:00Z'))).toBe('Thursday, July 1, 2027, 9:30 – 11:00 AM PDT');
  });

  it('says when something happened', () => {
    expect(plain(formatMoment('2026-12-16T02:03:00Z'))).toBe('December 15, 2026 at 6:03 PM PST');
  });
});

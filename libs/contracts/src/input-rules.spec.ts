import { validateSync } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { fieldErrorsOf } from './field-error.js';
import { IsAfter, IsInDateRange } from './input-rules.js';

class Period {
  @IsInDateRange()
  from?: unknown;

  @IsInDateRange()
  @IsAfter('from')
  to?: unknown;
}

const problems = (body: object) => fieldErrorsOf(validateSync(plainToInstance(Period, body))).map((e) => `${e.field}:${e.rule}`);

describe('input rules', () => {
  it('takes dates and times from 1900 to 2199, as the services read them', () => {
    expect(problems({ from: '1900-01-01', to: '2199-12-31T23:59:00-08:00' })).toEqual([]);
    expect(problems({ from: '2026-12-01T18:00:00', to: '2026-12-01T19:00' })).toEqual([]);
    expect(problems({})).toEqual([]);
  });

  it('refuses year 9999, year 1899, a day the calendar lacks and a text Date cannot read', () => {
    expect(problems({ from: '9999-01-01T00:00:00Z' })).toEqual(['from:isInDateRange']);
    expect(problems({ from: '1899-12-31' })).toEqual(['from:isInDateRange']);
    expect(problems({ from: '2026-02-30' })).toEqual(['from:isInDateRange']);
    expect(problems({ from: '2026-W01' })).toEqual(['from:isInDateRange']);
    expect(fieldErrorsOf(validateSync(plainToInstance(Period, { from: '9999-01-01' })))[0].message).toBe(
      'from must be a date between 1900 and 2199, as YYYY-MM-DD or YYYY-MM-DDThh:mm',
    );
  });

  it('refuses a period whose end is not after its start, comparing instants across offsets', () => {
    expect(problems({ from: '2027-01-01', to: '2026-12-01' })).toEqual(['to:isAfter']);
    expect(problems({ from: '2026-12-01T10:00:00Z', to: '2026-12-01T10:00:00Z' })).toEqual(['to:isAfter']);
    expect(problems({ from: '2026-12-01T10:00:00-08:00', to: '2026-12-01T17:00:00Z' })).toEqual(['to:isAfter']);
    expect(problems({ from: '2026-12-01T10:00:00-08:00', to: '2026-12-01T19:00:00Z' })).toEqual([]);
    expect(fieldErrorsOf(validateSync(plainToInstance(Period, { from: '2027-01-01', to: '2026-01-01' })))[0].message).toBe('to must be after from');
  });

  it('leaves text that is no ISO 8601 at all, and a missing or unreadable start, to their own rules', () => {
    expect(problems({ from: '2025-13-01' })).toEqual([]);
    expect(problems({ to: '2026-12-01' })).toEqual([]);
    expect(problems({ from: 'soon', to: '2026-12-01' })).toEqual([]);
  });
});

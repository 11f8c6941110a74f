import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Engagement } from '../../api/models';
import { changesOf, EMPTY_VALUES, fieldOf, formProblems, inputOf, isCheckable, reapplied, valuesOf, versionDiff, type FormValues } from './form-values';
import { useDebounced } from './useDebounced';

const filled: FormValues = { ...EMPTY_VALUES, title: 'Kenton street tree walk', kind: 'walking_tour', date: '2027-03-02', start: '18:30', end: '19:30', address: 'Kenton Park', lat: '45.5856', lon: '-122.6876' };

describe('the engagement form and the API', () => {
  it('puts each problem the API names beside its field, location.lat beside the latitude, the rest in the summary', () => {
    expect(['location.lat', 'location.lon', 'location', 'startsAt', 'endsAt', 'title', 'expectedAttendance', 'audience.organizations'].map(fieldOf)).toEqual([
      'lat',
      'lon',
      'address',
      'start',
      'end',
      'title',
      'expectedAttendance',
      undefined,
    ]);
    const problems = formProblems([
      { field: 'location.lat', rule: 'max', message: 'lat must not be greater than 90' },
      { field: 'title', rule: 'isNotEmpty', message: 'title should not be empty' },
      { field: 'audience.organizations', rule: 'unknown', message: 'no organization kenton-x' },
    ]);
    expect(problems).toEqual({ fields: { lat: ['lat must not be greater than 90'], title: ['title should not be empty'] }, other: ['no organization kenton-x'] });
    expect(formProblems([], 'The bureau PBOX is unknown')).toEqual({ fields: {}, other: ['The bureau PBOX is unknown'] });
  });

  it('sends Pacific wall-clock times, an end before the start on the next day, and numbers as numbers', () => {
    expect(inputOf(filled)).toEqual({
      title: 'Kenton street tree walk',
      kind: 'walking_tour',
      description: null,
      startsAt: '2027-03-02T18:30',
      endsAt: '2027-03-02T19:30',
      timeZone: 'America/Los_Angeles',
      location: { address: 'Kenton Park', lat: 45.5856, lon: -122.6876, onlineUrl: null },
      expectedAttendance: null,
    });
    expect(inputOf({ ...filled, start: '22:00', end: '00:30' }).endsAt).toBe('2027-03-03T00:30');
    expect(isCheckable(filled)).toBe(true);
    expect(isCheckable({ ...filled, end: '' })).toBe(false);
  });

  it('reads an engagement into the form in Pacific Time, and patches only what changed', () => {
    const engagement = { title: 'Walk', kind: 'walking_tour', bureau: 'PBOT', startsAt: '2027-03-03T02:30:00Z', endsAt: '2027-03-03T03:30:00Z', location: { lat: 45.5, lon: -122.6, councilDistricts: [], neighborhoodIds: [] } } as unknown as Engagement;
    const values = valuesOf(engagement);
    expect(values).toMatchObject({ date: '2027-03-02', start: '18:30', end: '19:30', lat: '45.5', lon: '-122.6', bureau: 'PBOT' });
    expect(changesOf(values, { ...values, title: 'Kenton walk' })).toEqual({ title: 'Kenton walk' });
    expect(changesOf(values, { ...values, start: '18:00' })).toEqual({ startsAt: '2027-03-02T18:00', endsAt: '2027-03-02T19:30', timeZone: 'America/Los_Angeles' });
  });

  it('after a 412 shows what they changed beside what the form holds, and re-applies the staffer’s own changes on theirs', () => {
    const base = filled;
    const theirs = { ...filled, start: '19:00', end: '20:00', address: 'Kenton Library' };
    const yours = { ...filled, title: 'Kenton street tree walk (bring boots)', address: 'Kenton Park, north gate' };
    expect(versionDiff(base, theirs, yours)).toEqual([
      { field: 'start', theirs: '19:00', yours: '18:30', clash: false },
      { field: 'end', theirs: '20:00', yours: '19:30', clash: false },
      { field: 'address', theirs: 'Kenton Library', yours: 'Kenton Park, north gate', clash: true },
    ]);
    expect(reapplied(base, theirs, yours)).toEqual({ ...theirs, title: 'Kenton street tree walk (bring boots)', address: 'Kenton Park, north gate' });
  });
});

describe('the live check’s pause', () => {
  afterEach(() => vi.useRealTimers());

  it('passes the value on only once it has stopped changing for the delay', () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(({ value }) => useDebounced(value, 600), { initialProps: { value: 'K' } });
    rerender({ value: 'Ke' });
    act(() => void vi.advanceTimersByTime(400));
    rerender({ value: 'Ken' });
    act(() => void vi.advanceTimersByTime(400));
    expect(result.current).toBe('K');
    act(() => void vi.advanceTimersByTime(200));
    expect(result.current).toBe('Ken');
  });
});

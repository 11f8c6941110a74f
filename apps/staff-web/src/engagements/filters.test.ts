import { describe, expect, it } from 'vitest';
import { calendarFeed, filtersFromSearch, listQuery, searchFromFilters } from './filters';

describe('engagement filters and the URL', () => {
  it('reads every filter from the URL and writes the same URL back', () => {
    const url = 'q=Lombard&bureau=PBOT&status=cancelled&kind=open_house&from=2026-12-01&to=2026-12-31&district=2&neighborhood=kenton&language=es&accessibility=asl';
    const filters = filtersFromSearch(new URLSearchParams(url));
    expect(filters).toEqual({
      q: 'Lombard',
      bureau: 'PBOT',
      status: 'cancelled',
      kind: 'open_house',
      from: '2026-12-01',
      to: '2026-12-31',
      district: '2',
      neighborhood: 'kenton',
      language: 'es',
      accessibility: 'asl',
    });
    expect(searchFromFilters(filters).toString()).toBe(url);
  });

  it('leaves out empty values and values the API would refuse, rather than failing the page', () => {
    const filters = filtersFromSearch(new URLSearchParams('q=%20%20&status=unknown&kind=party&from=12/01/2026&to=2026-02-30x&district=two&accessibility=ramp&bureau=pbot'));
    expect(filters).toEqual({ bureau: 'PBOT' });
  });

  it('writes one address per view, whatever order the filters were set in, with the page cursor last', () => {
    expect(searchFromFilters({ status: 'scheduled', bureau: 'BES' }, 'abc').toString()).toBe('bureau=BES&status=scheduled&cursor=abc');
  });

  it('asks the API for whole days in Pacific Time, the last day included, standard and daylight time alike', () => {
    expect(listQuery({ from: '2026-12-01', to: '2026-12-31' })).toEqual({ from: '2026-12-01T00:00:00-08:00', to: '2027-01-01T00:00:00-08:00', limit: 25 });
    expect(listQuery({ from: '2027-07-04', to: '2027-07-04' })).toEqual({ from: '2027-07-04T00:00:00-07:00', to: '2027-07-05T00:00:00-07:00', limit: 25 });
    // The day daylight time begins: its midnight is still standard time.
    expect(listQuery({ from: '2027-03-14' }).from).toBe('2027-03-14T00:00:00-08:00');
    expect(listQuery({ status: 'held' }, 'next')).toEqual({ status: 'held', cursor: 'next', limit: 25 });
  });

  it('offers the calendar feed of the bureau, else the council district, else the city', () => {
    expect(calendarFeed({ bureau: 'PBOT', district: '2' }).path).toBe('/v1/calendars/bureaus/PBOT.ics');
    expect(calendarFeed({ district: '3', status: 'scheduled' }).path).toBe('/v1/calendars/districts/3.ics');
    expect(calendarFeed({ q: 'park' }).path).toBe('/v1/calendars/city.ics');
  });
});

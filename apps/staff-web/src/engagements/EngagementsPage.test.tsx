import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { answerApi, COORDINATOR_SESSION, currentLocation, renderApp } from '../test/render';

const engagement = (id: string, title: string, status: string, startsAt: string) => ({
  id,
  title,
  status,
  bureau: 'PBOT',
  kind: 'open_house',
  startsAt,
  endsAt: startsAt.replace('T02', 'T04'),
  timeZone: 'America/Los_Angeles',
  location: { address: '1120 SW 5th Ave', onlineUrl: null, neighborhoodIds: [], councilDistricts: ['4'] },
  audience: { organizations: [], councilDistricts: [], communityTags: [] },
  accessibility: {},
  languages: ['en'],
  version: 1,
  updatedAt: startsAt,
});

const PAGE = {
  items: [engagement('e1', 'Lombard Street safety open house', 'scheduled', '2026-12-16T02:00:00Z'), engagement('e2', 'Sellwood Bridge walk', 'cancelled', '2026-12-17T02:00:00Z')],
  nextCursor: 'page-2',
  total: 312,
};

describe('the engagements page', () => {
  let asked: URL[];
  beforeEach(() => {
    asked = answerApi({
      '/v1/session': () => ({ body: COORDINATOR_SESSION }),
      '/v1/organizations': (url) => ({
        body: { items: url.searchParams.get('kind') === 'bureau' ? [{ id: 'b1', slug: 'pbot', name: 'Portland Bureau of Transportation', bureauCode: 'PBOT' }] : [], nextCursor: null },
      }),
      '/v1/engagements': (url) => ({ body: url.searchParams.get('cursor') === 'page-2' ? { items: [PAGE.items[0]], nextCursor: null, total: 312 } : PAGE }),
    });
  });

  it('lists engagements with their status in words, Pacific times and how many there are', async () => {
    renderApp('/engagements');
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Lombard Street safety open house'),
      expect.stringContaining('Sellwood Bridge walk'),
    ]);
    expect(within(rows[1]).getByText('Cancelled')).toBeTruthy();
    expect(within(rows[0]).getByText('Scheduled')).toBeTruthy();
    expect(rows[0].textContent?.replace(/[\u2009\u202f]/g, ' ')).toContain('Tuesday, December 15, 2026, 6:00 – 8:00 PM PST');
    expect(screen.getByRole('heading', { level: 2, name: 'Showing 1–2 of 312 engagements' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Subscribe to every engagement in the city/ }).getAttribute('href')).toBe('webcal://localhost:3000/v1/calendars/city.ics');
    expect(document.title).toBe('Engagements | Civic engagement staff');
  });

  it('puts the filters applied in the URL and asks the API for them', async () => {
    renderApp('/engagements');
    await screen.findByRole('table');
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Status'), 'Cancelled');
    await user.selectOptions(await screen.findByLabelText('Bureau'), 'Portland Bureau of Transportation (PBOT)');
    await user.type(screen.getByLabelText('From'), '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(currentLocation()).toBe('/engagements?bureau=PBOT&status=cancelled&from=2026-12-01'));
    await waitFor(() => expect(asked.some((url) => url.pathname === '/v1/engagements' && url.searchParams.get('status') === 'cancelled')).toBe(true));
    const query = asked.filter((url) => url.pathname === '/v1/engagements').at(-1)!.searchParams;
    expect(Object.fromEntries(query)).toEqual({ bureau: 'PBOT', status: 'cancelled', from: '2026-12-01T00:00:00-08:00', limit: '25' });
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('cancelled');
    expect(screen.getByRole('link', { name: /Subscribe to PBOT's engagements/ })).toBeTruthy();
  });

  it('pages forward and back with the cursor in the URL', async () => {
    renderApp('/engagements?status=scheduled');
    await screen.findByRole('table');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByRole('heading', { name: 'Showing 26–26 of 312 engagements' });
    expect(currentLocation()).toBe('/engagements?status=scheduled&cursor=page-2');
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    await screen.findByRole('heading', { name: 'Showing 1–2 of 312 engagements' });
    expect(currentLocation()).toBe('/engagements?status=scheduled');
  });

  it('says so in plain words when nothing matches, and when the platform fails', async () => {
    answerApi({
      '/v1/session': () => ({ body: COORDINATOR_SESSION }),
      '/v1/organizations': () => ({ body: { items: [], nextCursor: null } }),
      '/v1/engagements': (url) =>
        url.searchParams.get('q') === 'broken'
          ? { status: 503, body: { title: 'Service Unavailable', status: 503, detail: 'no scheduling service answered' } }
          : { body: { items: [], nextCursor: null, total: 0 } },
    });
    const { unmount } = renderApp('/engagements?q=nothing');
    expect(await screen.findByText(/No engagement matches these filters/)).toBeTruthy();
    unmount();
    renderApp('/engagements?q=broken');
    expect(await screen.findByText(/The platform is not answering right now/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Engagements could not be loaded' })).toBeTruthy();
  });
});

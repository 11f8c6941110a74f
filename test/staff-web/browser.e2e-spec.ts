import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { TestNamespace } from '#libs/testing';
import { startPlatform, type RunningPlatform } from '../support/platform.js';

/** Debian's Chromium (`apt-get install -y chromium`; `.ci/run` installs it): Playwright's own download does not work here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = process.env.STAFF_WEB_SCREENSHOTS ?? '/tmp';
const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/** axe-core's WCAG 2.1 A and AA rules on the page as it is now: the violations, each with where it is. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** What a person at this width checks: no WCAG violation, nothing to scroll sideways; and a screenshot to look at. */
async function checkView(page: Page, name: string, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  expect([name, size.width, await accessibilityViolations(page)]).toEqual([name, size.width, []]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect([name, size.width, overflow]).toEqual([name, size.width, 0]);
  await page.screenshot({ path: `${SCREENSHOTS}/staff-web-${name}-${size.width}.png`, fullPage: true });
}

/** The demo provider's password, as `OIDC_DEMO_PASSWORD` gives it to the platform. */
const DEMO_PASSWORD = 'browser-test-demo';

/**
 * A coordinator's first journey in the staff web app, in a real browser against the platform as
 * `npm start` runs it: sign in through the OpenID provider, find the bureau's engagements, filter
 * them, open one.
 */
describe('the staff web app in a browser', () => {
  const ns = new TestNamespace();
  let platform: RunningPlatform;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  /** A coordinator's key, for reading what the journeys changed. */
  let coordinatorKey: string;
  const ids = { scheduled: '', cancelled: '', published: '' };
  /** The PBOT bureau's API, as another staffer (or system) uses it meanwhile. */
  let call: (method: string, path: string, body?: object, headers?: Record<string, string>) => Promise<{ id: string }>;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`);
    platform = await startPlatform(ns.env({ natsUrl: null, extra: { OIDC_DEMO_PASSWORD: DEMO_PASSWORD } }));
    coordinatorKey = platform.createKey('--role', 'coordinator', '--label', 'browser test');
    const pbot = platform.createKey('--role', 'bureau', '--bureau', 'PBOT');
    call = async (method, path, body, headers = {}) => {
      const res = await fetch(`${platform.base}${path}`, { method, headers: { authorization: `Bearer ${pbot}`, 'content-type': 'application/json', ...headers }, body: body && JSON.stringify(body) });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as { id: string };
    };
    const [lon, lat] = ((await call('GET', '/v1/organizations/kenton')) as unknown as { representativePoint: [number, number] }).representativePoint;
    /** An engagement in Kenton, 6 PM Pacific on `day` for `hours`. */
    const publish = async (title: string, kind: string, day: string, hours: number, address: string, details: object = {}) =>
      (
        await call('POST', '/v1/engagements', {
          title,
          kind,
          startsAt: `${day}T18:00:00`,
          endsAt: new Date(Date.parse(`${day}T18:00:00-08:00`) + hours * 3_600_000).toISOString(),
          location: { address, lat, lon },
          ...details,
        })
      ).id;
    ids.scheduled = await publish('Lombard Street safety open house', 'open_house', '2027-03-02', 2, '8105 N Brandon Ave, Portland', {
      description: 'Tell us where crossing Lombard feels unsafe.',
      languages: ['en', 'es'],
      accessibility: { accessibleVenue: true, asl: true },
      expectedAttendance: 60,
    });
    ids.cancelled = await publish('Kenton bike plan workshop', 'workshop', '2027-03-09', 1.5, 'Kenton Library, 8226 N Denver Ave');
    await call('POST', `/v1/engagements/${ids.cancelled}/cancel`, { reason: 'The library is closed for repairs that week.' });

    // MapLibre draws with WebGL: headless Chromium has it through SwiftShader, on the CPU.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
    // axe-core needs a page of a context of its own.
    page = await (await browser.newContext({ viewport: WIDE, locale: 'en-US', timezoneId: 'Europe/Berlin' })).newPage();
    // CI's machine is busy: a page waits for what it awaits longer than Playwright's 30 s, well within jest's 180 s.
    page.setDefaultTimeout(90_000);
    // A script, style or font the policy blocked, or any other error, shows here.
    // Asking who is signed in before signing in is answered 401, as it should be; the browser logs it.
    const expected = (message: ConsoleMessage) => message.location().url.endsWith('/v1/session') && message.text().includes('401');
    page.on('console', (message) => message.type() === 'error' && !expected(message) && problems.push(`${message.text()} (${message.location().url})`));
    page.on('pageerror', (error) => problems.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
    await ns.cleanup();
  });

  it('signs in through the OpenID provider, then lists both engagements, the cancelled one marked', async () => {
    await page.goto(`${platform.base}/engagements`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.title()).toBe('Sign in | Civic engagement staff');
    await checkView(page, 'sign-in', WIDE);
    await page.getByRole('link', { name: 'Sign in with your city account' }).click();
    // The provider's own page, by keyboard as much as by mouse.
    await page.getByRole('heading', { level: 1, name: 'Sign in to the demo' }).waitFor();
    await checkView(page, 'provider-sign-in', PHONE);
    await page.setViewportSize(WIDE);
    await page.getByLabel(/Casey Morgan/).check();
    await page.getByLabel('Demo password').fill(DEMO_PASSWORD);
    await page.getByLabel('Demo password').press('Enter');

    const table = page.getByRole('table');
    await table.getByRole('link', { name: 'Kenton bike plan workshop' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/engagements');
    const rows = table.getByRole('row');
    expect(await rows.count()).toBe(3);
    const cancelled = rows.filter({ hasText: 'Kenton bike plan workshop' });
    expect(await cancelled.getByText('Cancelled', { exact: true }).count()).toBe(1);
    expect(await rows.filter({ hasText: 'Lombard Street safety open house' }).getByText('Scheduled', { exact: true }).count()).toBe(1);
    // Pacific Time, whatever zone the browser is in.
    expect((await rows.filter({ hasText: 'Lombard' }).textContent())?.replace(/[\u2009\u202f]/g, ' ')).toContain('Tuesday, March 2, 2027, 6:00 – 8:00 PM PST');
    expect(await page.getByRole('heading', { level: 2, name: 'Showing 1–2 of 2 engagements' }).count()).toBe(1);
    expect(await page.getByText('Signed in as Casey Morgan, Coordination staff').count()).toBe(1);
    await checkView(page, 'engagements', WIDE);
    await checkView(page, 'engagements', PHONE);
    // On a phone the filters wait behind a button.
    expect(await page.getByLabel('Status').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Show filters' }).click();
    await page.getByLabel('Status').waitFor();
    await checkView(page, 'engagements-filters', PHONE);
  });

  it('filters by status through the form, into the URL, and back again with the back button', async () => {
    await page.setViewportSize(WIDE);
    await page.getByLabel('Status').selectOption({ label: 'Cancelled' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'cancelled');
    await page.getByRole('heading', { level: 2, name: 'Showing 1–1 of 1 engagement' }).waitFor();
    expect(await page.getByRole('table').getByRole('link').allTextContents()).toEqual(['Kenton bike plan workshop']);
    expect(await page.title()).toBe('Engagements (filtered) | Civic engagement staff');

    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Showing 1–2 of 2 engagements' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByLabel('Status').inputValue()).toBe('');
  });

  it('opens an engagement’s page with everything about it, its heading focused', async () => {
    await page.getByRole('link', { name: 'Kenton bike plan workshop' }).click();
    await page.waitForURL(`**/engagements/${ids.cancelled}`);
    const heading = page.getByRole('heading', { level: 1, name: 'Kenton bike plan workshop' });
    await heading.waitFor();
    expect(await page.title()).toBe('Kenton bike plan workshop | Civic engagement staff');
    expect(await heading.evaluate((h) => h === document.activeElement)).toBe(true);
    expect(await page.getByText('The bureau’s reason: The library is closed for repairs that week.').count()).toBe(1);
    await page.getByRole('table', { name: 'Every status it has had, oldest first' }).getByText('Scheduled to Cancelled').waitFor();
    await checkView(page, 'engagement', WIDE);
    await checkView(page, 'engagement', PHONE);

    await page.setViewportSize(WIDE);
    await page.goto(`${platform.base}/engagements/${ids.scheduled}`);
    await page.getByRole('heading', { level: 1, name: 'Lombard Street safety open house' }).waitFor();
    // Each once (a locator matching two fails); the neighborhood's name comes with the registry's list.
    for (const text of ['Tell us where crossing Lombard feels unsafe.', 'English, Spanish', 'ASL interpretation', 'Kenton', '60']) await page.getByText(text, { exact: true }).waitFor();
    await checkView(page, 'engagement-scheduled', WIDE);
    expect(problems).toEqual([]);
  });

  it('shows the engagements on a calendar, filtered, from month to week, the cancelled one struck through and named', async () => {
    await page.setViewportSize(WIDE);
    await page.goto(`${platform.base}/engagements`);
    await page.getByRole('navigation', { name: 'How to show the engagements' }).getByRole('link', { name: 'Calendar' }).click();
    await page.waitForURL('**/engagements/calendar**');
    // The platform's engagements are in March 2027: go there by the calendar's own buttons.
    const title = page.locator('.fc-toolbar-title');
    await title.waitFor();
    for (let i = 0; i < 24 && (await title.textContent()) !== 'March 2027'; i++) await page.getByRole('button', { name: 'Next', exact: true }).click();
    expect(await title.textContent()).toBe('March 2027');
    await page.waitForURL((url) => url.searchParams.get('date') === '2027-03-01' && url.searchParams.get('show') === 'month');
    await page.getByRole('link', { name: /Cancelled: Kenton bike plan workshop/ }).waitFor();
    await page.getByRole('link', { name: /Lombard Street safety open house/ }).waitFor();
    expect(await page.locator('.staff-event--cancelled .fc-event-title').evaluate((e) => getComputedStyle(e).textDecorationLine)).toBe('line-through');
    await page.getByRole('heading', { level: 2, name: '2 engagements in view' }).waitFor();
    await checkView(page, 'calendar-month', WIDE);

    await page.setViewportSize(WIDE);
    await page.getByLabel('Status').selectOption({ label: 'Scheduled' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'scheduled' && url.searchParams.get('date') === '2027-03-01');
    await page.getByRole('heading', { level: 2, name: '1 engagement in view' }).waitFor();
    expect(await page.getByRole('link', { name: /Kenton bike plan workshop/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('show') === 'week');
    await page.locator('.fc-timegrid-event').getByText('Lombard Street safety open house').waitFor();
    await checkView(page, 'calendar-week', WIDE);
    await checkView(page, 'calendar-week', PHONE);

    await page.setViewportSize(WIDE);
    await page.getByRole('link', { name: /Lombard Street safety open house/ }).click();
    await page.waitForURL(`**/engagements/${ids.scheduled}`);
    await page.getByRole('heading', { level: 1, name: 'Lombard Street safety open house' }).waitFor();
  });

  it('finds an engagement on the map through the list beside it', async () => {
    await page.goto(`${platform.base}/engagements/map`);
    const list = page.getByRole('list', { name: 'The same engagements as a list' });
    await list.getByRole('link', { name: 'Kenton bike plan workshop' }).waitFor();
    expect(await list.getByRole('listitem').filter({ hasText: 'Kenton bike plan workshop' }).getByText('Cancelled', { exact: true }).count()).toBe(1);
    await page.locator('.staff-map canvas').waitFor();
    await page.getByRole('button', { name: 'Show Lombard Street safety open house on the map' }).click();
    const popup = page.locator('.maplibregl-popup');
    await popup.getByRole('link', { name: 'Lombard Street safety open house' }).waitFor();
    // The map has drawn something: its canvas is not blank.
    expect(await page.locator('.staff-map canvas').evaluate((c: HTMLCanvasElement) => c.width > 0 && c.height > 0)).toBe(true);
    await checkView(page, 'map', WIDE);
    await checkView(page, 'map', PHONE);
    await page.setViewportSize(WIDE);
    await popup.getByRole('link', { name: 'Lombard Street safety open house' }).click();
    await page.waitForURL(`**/engagements/${ids.scheduled}`);
  });

  it('publishes an engagement, seeing its conflict with another bureau’s before saving', async () => {
    await page.goto(`${platform.base}/engagements`);
    await page.getByRole('link', { name: 'Publish an engagement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Publish an engagement' }).waitFor();
    // Nothing typed: the summary names each required field and links to it.
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'things to fix before saving' });
    await summary.getByRole('link', { name: /Title: Enter the title/ }).click();
    expect(await page.getByLabel('Title').evaluate((e) => e === document.activeElement)).toBe(true);

    await page.getByLabel('Bureau').selectOption({ label: 'Portland Bureau of Transportation (PBOT)' });
    await page.getByLabel('Title').fill('Kenton street tree walk');
    await page.getByLabel('Type of engagement').selectOption({ label: 'Walking tour' });
    await page.getByLabel('Day').fill('2027-03-02');
    await page.getByLabel('Starts').fill('18:30');
    await page.getByLabel('Ends').fill('19:30');
    await page.getByLabel('Address or place').fill('Kenton Park, N Delaware Ave');
    await page.getByLabel('Or start from a neighborhood association').selectOption({ label: 'Kenton' });
    await page.getByText('The pin is in: Kenton').waitFor();
    const check = page.getByRole('region', { name: 'Conflicts and fatigue' });
    await check.getByText('At the same time as Lombard Street safety open house', { exact: false }).waitFor();
    await checkView(page, 'publish-conflict', WIDE);
    await checkView(page, 'publish-conflict', PHONE);

    await page.setViewportSize(WIDE);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Kenton street tree walk' }).waitFor();
    await page.getByText('The engagement is published.').waitFor();
    ids.published = new URL(page.url()).pathname.split('/').at(-1)!;
  });

  it('edits with a stale version: the form says someone else changed it, shows what, and re-applies', async () => {
    await page.goto(`${platform.base}/engagements/${ids.scheduled}`);
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit Lombard Street safety open house' }).waitFor();
    await page.getByLabel('Title').fill('Lombard Street safety open house (second session)');

    // Meanwhile a colleague moves it to the library.
    const current = await fetch(`${platform.base}/v1/engagements/${ids.scheduled}`, { headers: { authorization: `Bearer ${coordinatorKey}` } });
    const { location } = (await current.json()) as { location: { lat: number; lon: number } };
    await call('PATCH', `/v1/engagements/${ids.scheduled}`, { location: { address: 'Kenton Library, 8226 N Denver Ave', lat: location.lat, lon: location.lon } }, { 'if-match': current.headers.get('etag')! });

    await page.getByRole('button', { name: 'Save changes' }).click();
    const stale = page.getByRole('alert').filter({ hasText: 'Someone else changed this engagement after you opened it' });
    const row = stale.getByRole('row').filter({ hasText: 'Address or place' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Kenton Library, 8226 N Denver Ave');
    expect(await row.textContent()).toContain('8105 N Brandon Ave, Portland');
    await checkView(page, 'edit-stale', WIDE);
    await checkView(page, 'edit-stale', PHONE);

    await page.setViewportSize(WIDE);
    await stale.getByRole('button', { name: 'Put my changes on top of theirs' }).click();
    expect(await page.getByLabel('Address or place').inputValue()).toBe('Kenton Library, 8226 N Denver Ave');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lombard Street safety open house (second session)' }).waitFor();
    await page.getByText('Your changes are saved.').waitFor();
    await page.getByText('Kenton Library, 8226 N Denver Ave', { exact: true }).waitFor();
    // The refused save and its live check are the 412s this journey is about; Chromium logs each.
    const expected = problems.filter((p) => p.includes('status of 412'));
    expect(expected.length).toBeGreaterThan(0);
    problems.splice(0, problems.length, ...problems.filter((p) => !expected.includes(p)));
  });

  it('cancels an engagement with a reason, and it is marked cancelled with the reason', async () => {
    await page.goto(`${platform.base}/engagements/${ids.published}`);
    await page.getByRole('link', { name: 'Cancel it' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cancel Kenton street tree walk' }).waitFor();
    await page.getByRole('button', { name: 'Cancel the engagement' }).click();
    await page.getByRole('alert').getByRole('link', { name: /Give a reason/ }).waitFor();
    await page.getByLabel('Reason').fill('The street trees arrive a week late.');
    await checkView(page, 'cancel', WIDE);
    await checkView(page, 'cancel', PHONE);
    await page.setViewportSize(WIDE);
    await page.getByRole('button', { name: 'Cancel the engagement' }).click();
    await page.getByText('The engagement is cancelled. Everyone subscribed hears of it.').waitFor();
    await page.getByText('The bureau’s reason: The street trees arrive a week late.').waitFor();
    expect(await page.locator('.staff-title-row').getByText('Cancelled', { exact: true }).count()).toBe(1);
    await page.getByRole('table', { name: 'Every status it has had, oldest first' }).getByText('Scheduled to Cancelled').waitFor();
    expect(problems).toEqual([]);
  });
});

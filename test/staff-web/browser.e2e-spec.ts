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
  const ids = { scheduled: '', cancelled: '' };

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`);
    platform = await startPlatform(ns.env({ natsUrl: null, extra: { OIDC_DEMO_PASSWORD: DEMO_PASSWORD } }));
    const pbot = platform.createKey('--role', 'bureau', '--bureau', 'PBOT');
    const call = async (method: string, path: string, body?: object): Promise<{ id: string }> => {
      const res = await fetch(`${platform.base}${path}`, { method, headers: { authorization: `Bearer ${pbot}`, 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
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

    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
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
});

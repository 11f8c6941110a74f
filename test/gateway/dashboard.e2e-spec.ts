import type { AddressInfo } from 'node:net';
import { TestNamespace, eventually } from '#libs/testing';
import { startSchedulingPlatform, type SchedulingPlatform } from '../scheduling/scheduling-platform.js';
import { closeDashboard, openDashboard, panelsLoaded, panelText } from '../support/dashboard.js';

/**
 * The coordination dashboard as a person uses it: the page from the gateway, its script run in a DOM
 * (jsdom) against the real API, the key typed into its form.
 */
describe('coordination dashboard', () => {
  const ns = new TestNamespace();
  const env = ns.env({ natsUrl: null });
  let platform: SchedulingPlatform;
  let base: string;
  let coordinatorKey: string;

  beforeAll(async () => {
    platform = await startSchedulingPlatform(env, ns.databaseUrl('scheduling'));
    coordinatorKey = await platform.createKey('--role', 'coordinator');
    await platform.gateway.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(platform.gateway.getHttpServer().address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await platform?.close();
    await ns.cleanup();
  });

  it('serves the page and its files under a policy that allows only its own script and style', async () => {
    const page = await fetch(`${base}/dashboard`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await page.text()).toContain('<script type="module" src="/dashboard/dashboard.js"></script>');
    const script = await fetch(`${base}/dashboard/dashboard.js`);
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${base}/dashboard/dashboard.css`)).headers.get('content-type')).toContain('text/css');
    expect((await fetch(`${base}/dashboard/secrets.txt`)).status).toBe(404);
  });

  it('asks only for routes the API documents', async () => {
    const script = await (await fetch(`${base}/dashboard/dashboard.js`)).text();
    const documented = Object.keys(((await (await fetch(`${base}/docs-json`)).json()) as { paths: Record<string, unknown> }).paths);
    const asked = [...script.matchAll(/['`](\/v1\/[a-z0-9/._-]+)/g)].map((m) => m[1]);
    expect(asked.length).toBeGreaterThan(5);
    for (const path of asked) expect(documented).toContain(path);
  });

  it('shows a coordinator the open conflicts, fatigue, coverage and upcoming engagements of the coming weeks', async () => {
    const bureaus = ['PBOT', 'BES', 'PP&R'];
    const keys = Object.fromEntries(await Promise.all(bureaus.map(async (b) => [b, await platform.createKey('--role', 'bureau', '--bureau', b)] as const)));
    const kenton = platform.org('kenton');
    const soon = (days: number, hour: number) => new Date(Date.now() + days * 86_400_000 + hour * 3_600_000).toISOString();
    const publish = async (bureau: string, title: string, days: number) => {
      const res = await platform.http
        .post('/v1/engagements')
        .set('Authorization', `Bearer ${keys[bureau]}`)
        .send({ title, kind: 'open_house', startsAt: soon(days, 0), endsAt: soon(days, 2), location: { onlineUrl: 'https://meet.example.gov/x' }, audience: { organizations: ['kenton'] } });
      expect(res.status).toBe(201);
    };
    await publish('PBOT', 'Lombard safety walk', 10);
    await publish('BES', 'Green streets <script>alert(1)</script>', 10);
    await publish('PP&R', 'Kenton Park plans', 20);

    const window = await openDashboard(base, coordinatorKey);
    const doc = window.document;

    const text = (id: string) => panelText(window, id);
    await panelsLoaded(window, ['conflicts', 'fatigue', 'coverage', 'upcoming', 'overdue']);
    expect(text('upcoming')).toContain('Kenton Park plans');
    expect(doc.getElementById('who')!.textContent).toBe('Signed in as coordinator.');
    expect(text('conflicts')).toContain('Lombard safety walk');
    expect(text('conflicts')).toContain('Green streets <script>alert(1)</script>');
    expect(doc.querySelector('#conflicts script')).toBeNull();
    expect(doc.querySelector('#conflicts .severity.high')?.textContent).toBe('high');
    expect(text('conflicts')).toContain(`both reach ${kenton.name}`);
    expect(text('fatigue')).toContain(kenton.name);
    expect(text('fatigue')).toContain('BES, PBOT, PP&R');
    expect(text('coverage')).toContain('3 engagements');
    expect(text('coverage')).toMatch(/neighborhood associations with no engagement/);
    const districtRows = [...doc.querySelectorAll<HTMLTableRowElement>('#coverage tbody tr')].map((tr) => [tr.cells[0].textContent, tr.querySelector('meter')?.getAttribute('value')]);
    expect(districtRows).toContainEqual([kenton.councilDistricts[0], '1']);
    expect(window.sessionStorage.getItem('civic.dashboard.key')).toBe(coordinatorKey);
    // This platform runs no notifications or feedback service: their panels say so instead of hanging.
    await eventually(async () => text('live'), (t) => t.includes('Could not load'), { timeoutMs: 10_000, everyMs: 50 });
    await eventually(async () => text('overdue'), (t) => t.includes('Could not load'), { timeoutMs: 10_000, everyMs: 50 });

    doc.getElementById('forget')!.dispatchEvent(new window.Event('click'));
    expect(window.sessionStorage.getItem('civic.dashboard.key')).toBeNull();
    await closeDashboard(window);

    // A bureau sees its own conflicts (PP&R has none) and the citywide fatigue.
    const parks = await openDashboard(base, keys['PP&R']);
    const parksText = (id: string) => panelText(parks, id);
    await panelsLoaded(parks, ['conflicts', 'fatigue']);
    expect(parks.document.getElementById('who')!.textContent).toBe('Signed in for PP&R: conflicts and overdue report-backs of PP&R.');
    expect(parksText('conflicts')).toBe('No open conflicts in this period.');
    expect(parksText('fatigue')).toContain(kenton.name);
    parks.document.getElementById('forget')!.dispatchEvent(new parks.Event('click'));
    await closeDashboard(parks);
  });

  it('tells a person whose key is refused', async () => {
    const window = await openDashboard(base, 'not-a-key');
    await eventually(async () => window.document.getElementById('who')!.textContent, (t) => t === 'This key was not accepted.', { timeoutMs: 10_000, everyMs: 50 });
    expect(window.document.querySelector('#conflicts .body')!.textContent).toBe('');
    await closeDashboard(window);
  });
});

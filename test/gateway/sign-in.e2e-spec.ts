import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import pg from 'pg';
import { freePort, TestNamespace } from '#libs/testing';
import { startPlatform, type RunningPlatform } from '../support/platform.js';
import { browse, CookieJar, signInAsDemo, type Hop } from '../support/sign-in.js';

const PASSWORD = 'demo-password-for-tests';

const session = async (base: string, jar: CookieJar) => {
  const res = await fetch(`${base}/v1/session`, { headers: { cookie: jar.header() } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

/** Staff sign-in through the real OpenID flow: the platform's demo provider, and a city's own provider. */
describe('staff sign-in with OpenID Connect', () => {
  describe('the demo provider `npm start` runs when no issuer is configured', () => {
    const ns = new TestNamespace();
    let platform: RunningPlatform;
    let db: pg.Client;

    beforeAll(async () => {
      platform = await startPlatform(ns.env({ natsUrl: null, extra: { OIDC_DEMO_PASSWORD: PASSWORD } }));
      db = new pg.Client({ connectionString: ns.databaseUrl('gateway') });
      await db.connect();
    });

    afterAll(async () => {
      await db?.end();
      await platform?.stop();
      await ns.cleanup();
    });

    it('says how to sign in when it starts, without printing the password it was given', () => {
      expect(platform.output()).toMatch(/Sign-in {2}demo staff \(casey coordinator, alex admin, jordan PBOT, sam BES, riley PWB\), password from OIDC_DEMO_PASSWORD/);
      expect(platform.output()).not.toContain(PASSWORD);
    });

    it('signs a bureau staffer in with the code flow and PKCE, into an HttpOnly SameSite=Lax session cookie, and back where they were', async () => {
      const first = await fetch(`${platform.base}/auth/sign-in?returnTo=${encodeURIComponent('/engagements?status=scheduled')}`, { redirect: 'manual' });
      const authorize = new URL(first.headers.get('location')!);
      expect(Object.fromEntries(authorize.searchParams)).toMatchObject({ response_type: 'code', code_challenge_method: 'S256', client_id: 'civic-staff-app', redirect_uri: `${platform.base}/auth/callback` });
      expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(first.headers.getSetCookie()).toEqual([expect.stringMatching(/^civic_sign_in=.+; Max-Age=600; Path=\/auth; Expires=.+; HttpOnly; SameSite=Lax$/)]);

      const signedIn = await signInAsDemo(platform.base, 'jordan', PASSWORD, '/engagements?status=scheduled');
      const callback = signedIn.hops.find((h) => h.url.includes('/auth/callback'))!;
      expect([callback.status, callback.location]).toEqual([303, '/engagements?status=scheduled']);
      const me = await session(platform.base, signedIn.jar);
      expect(me).toEqual({
        status: 200,
        body: { staffId: expect.stringMatching(/^staff:/), displayName: 'Jordan Lee', role: 'bureau', bureauCode: 'PBOT', csrfToken: expect.any(String), idleExpiresAt: expect.any(String), expiresAt: expect.any(String) },
      });
      // The cookie holds a token the database keeps only as a hash.
      const token = signedIn.jar.cookies.get('civic_session')!;
      const { rows } = await db.query<{ token_hash: string }>('SELECT token_hash FROM staff_session');
      expect(rows.map((r) => r.token_hash)).not.toContain(token);
      expect(rows).toHaveLength(1);
    });

    it('gives each role from the provider’s groups, and the same staff id at every sign-in', async () => {
      const casey = await signInAsDemo(platform.base, 'casey', PASSWORD);
      const alex = await signInAsDemo(platform.base, 'alex', PASSWORD);
      const again = await signInAsDemo(platform.base, 'casey', PASSWORD);
      const [c, a, c2] = await Promise.all([session(platform.base, casey.jar), session(platform.base, alex.jar), session(platform.base, again.jar)]);
      expect([c.body.role, c.body.bureauCode, a.body.role]).toEqual(['coordinator', null, 'admin']);
      expect(c2.body.staffId).toBe(c.body.staffId);
      expect(c2.body.csrfToken).not.toBe(c.body.csrfToken);
    });

    it('refuses a wrong password on the provider’s page, and a callback this browser did not start', async () => {
      const wrong = await signInAsDemo(platform.base, 'casey', 'not-the-password');
      expect(wrong.hops.at(-1)).toMatchObject({ status: 401, text: expect.stringContaining('not the demo password') });
      expect(wrong.jar.cookies.has('civic_session')).toBe(false);

      // Someone else's callback link (its state bound to their browser) signs nobody in here.
      const theirs = new CookieJar();
      const hops = await browse(theirs, `${platform.base}/auth/sign-in`);
      const uid = /action="\/oidc\/interaction\/([^"]+)"/.exec(hops.at(-1)!.text)![1];
      const submitted: Hop[] = [];
      let next = `${platform.base}/oidc/interaction/${uid}`;
      let form: Record<string, string> | undefined = { staff: 'alex', password: PASSWORD };
      // Follow their sign-in up to, not into, the callback.
      for (;;) {
        const res = await fetch(next, { method: form ? 'POST' : 'GET', redirect: 'manual', headers: { cookie: theirs.header() }, body: form ? new URLSearchParams(form) : undefined });
        theirs.take(res);
        form = undefined;
        submitted.push({ status: res.status, url: next, location: res.headers.get('location'), text: '' });
        next = new URL(res.headers.get('location')!, next).href;
        if (next.includes('/auth/callback')) break;
      }
      const mine = new CookieJar();
      const replayed = await browse(mine, next);
      expect(replayed[0]).toMatchObject({ status: 400, text: expect.stringContaining('not started in this browser') });
      expect(mine.cookies.has('civic_session')).toBe(false);
    });

    it('sends the browser back only to a path of this site', async () => {
      for (const returnTo of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)']) {
        const { hops } = await signInAsDemo(platform.base, 'sam', PASSWORD, returnTo);
        expect([returnTo, hops.find((h) => h.url.includes('/auth/callback'))!.location]).toEqual([returnTo, '/']);
      }
    });

    it('lets a session read, refuses its changes without the CSRF token, and acts within its bureau', async () => {
      const { jar } = await signInAsDemo(platform.base, 'jordan', PASSWORD);
      const { csrfToken } = (await session(platform.base, jar)).body as { csrfToken: string };
      const engagement = { title: 'Signed-in open house', kind: 'open_house', startsAt: '2027-05-04T18:00:00', endsAt: '2027-05-04T19:30:00', location: { onlineUrl: 'https://meet.example.gov/open-house' } };
      const post = (headers: Record<string, string>, body: object = engagement) =>
        fetch(`${platform.base}/v1/engagements`, { method: 'POST', headers: { cookie: jar.header(), 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

      expect((await fetch(`${platform.base}/v1/engagements?limit=1`, { headers: { cookie: jar.header() } })).status).toBe(200);
      const forged = await post({});
      expect([forged.status, ((await forged.json()) as { detail: string }).detail]).toEqual([403, expect.stringContaining('X-CSRF-Token')]);
      expect((await post({ 'x-csrf-token': 'guess' })).status).toBe(403);
      const created = await post({ 'x-csrf-token': csrfToken });
      expect([created.status, ((await created.json()) as { bureau: string }).bureau]).toEqual([201, 'PBOT']);
      expect((await post({ 'x-csrf-token': csrfToken }, { ...engagement, bureau: 'BES' })).status).toBe(403);
      const admin = await fetch(`${platform.base}/v1/organizations`, {
        method: 'POST',
        headers: { cookie: jar.header(), 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({ slug: 'x-garden', kind: 'community_organization', name: 'X' }),
      });
      expect([admin.status, ((await admin.json()) as { detail: string }).detail]).toEqual([403, 'This needs a key with role admin; you are signed in as bureau.']);
    });

    it('ends the session on the server at sign-out, and after idling too long', async () => {
      const { jar } = await signInAsDemo(platform.base, 'riley', PASSWORD);
      const copy = jar.header();
      const { csrfToken } = (await session(platform.base, jar)).body as { csrfToken: string };
      expect((await fetch(`${platform.base}/auth/sign-out`, { method: 'POST', headers: { cookie: copy } })).status).toBe(403);
      const out = await fetch(`${platform.base}/auth/sign-out`, { method: 'POST', headers: { cookie: copy, 'x-csrf-token': csrfToken } });
      expect([out.status, await out.json()]).toEqual([200, { redirectTo: '/' }]);
      expect(out.headers.getSetCookie()).toEqual([expect.stringMatching(/^civic_session=; Path=\/; Expires=Thu, 01 Jan 1970/)]);
      // A copy of the cookie kept elsewhere is worth nothing now.
      expect((await fetch(`${platform.base}/v1/session`, { headers: { cookie: copy } })).status).toBe(401);
      expect((await fetch(`${platform.base}/v1/engagements`, { headers: { cookie: copy } })).status).toBe(401);

      const idle = await signInAsDemo(platform.base, 'riley', PASSWORD);
      expect((await session(platform.base, idle.jar)).status).toBe(200);
      await db.query(`UPDATE staff_session SET last_seen_at = now() - interval '31 minutes'`);
      const ended = await session(platform.base, idle.jar);
      expect([ended.status, ended.body.detail]).toEqual([401, 'You are not signed in.']);
    });
  });

  describe('a city’s own provider, configured by environment variables only', () => {
    const ns = new TestNamespace();
    let platform: RunningPlatform;
    let server: Server;
    let issuer: string;

    beforeAll(async () => {
      const port = await freePort();
      const publicUrl = `http://127.0.0.1:${port}`;
      // A provider as a city runs one: its own login page, groups under another claim and only in userinfo.
      server = createServer();
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const provider = new Provider(issuer, {
        clients: [{ client_id: 'engagement-platform', client_secret: 'a-client-secret-of-the-city', redirect_uris: [`${publicUrl}/auth/callback`], grant_types: ['authorization_code'], response_types: ['code'] }],
        claims: { openid: ['sub'], profile: ['name'], roles: ['roles'] },
        findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id, name: `Staffer ${id}`, roles: id === 'nobody' ? ['staff'] : ['staff', 'portland-engage-BES'] }) }),
        pkce: { required: () => true },
      });
      server.on('request', provider.callback());
      platform = await startPlatform(
        ns.env({
          natsUrl: null,
          extra: {
            PORT: String(port),
            OIDC_ISSUER: issuer,
            OIDC_CLIENT_ID: 'engagement-platform',
            OIDC_CLIENT_SECRET: 'a-client-secret-of-the-city',
            OIDC_SCOPES: 'openid profile roles',
            OIDC_GROUPS_CLAIM: 'roles',
            OIDC_BUREAU_GROUP_PREFIX: 'portland-engage-',
          },
        }),
        { port },
      );
    });

    afterAll(async () => {
      await platform?.stop();
      server?.close();
      await ns.cleanup();
    });

    /** The provider's own login and consent pages, each form submitted as a person would. */
    async function signInAtCity(login: string): Promise<{ jar: CookieJar; hops: Hop[] }> {
      const jar = new CookieJar();
      const hops = await browse(jar, `${platform.base}/auth/sign-in?returnTo=/engagements`);
      for (let step = 0; step < 4 && hops.at(-1)!.status === 200 && hops.at(-1)!.url.startsWith(issuer); step++) {
        const page = hops.at(-1)!;
        const action = /<form[^>]*action="([^"]+)"/.exec(page.text)![1];
        const hidden = Object.fromEntries([...page.text.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]));
        hops.push(...(await browse(jar, new URL(action, page.url).href, { ...hidden, login, password: 'anything' })));
      }
      return { jar, hops };
    }

    it('does not run the demo provider, and signs in at the city’s, reading the role from the configured claim', async () => {
      expect((await fetch(`${platform.base}/oidc/.well-known/openid-configuration`)).status).toBe(404);
      expect(platform.output()).toContain(`Sign-in  staff sign in at ${issuer}`);
      const { jar, hops } = await signInAtCity('ana');
      expect(hops.find((h) => h.url.includes('/auth/callback'))).toMatchObject({ status: 303, location: '/engagements' });
      expect((await session(platform.base, jar)).body).toMatchObject({ displayName: 'Staffer ana', role: 'bureau', bureauCode: 'BES' });
    });

    it('refuses someone in none of the platform’s groups, saying which groups would do', async () => {
      const { jar, hops } = await signInAtCity('nobody');
      const callback = hops.find((h) => h.url.includes('/auth/callback'))!;
      expect([callback.status, callback.text]).toEqual([403, expect.stringContaining('portland-engage-PBOT')]);
      expect(jar.cookies.has('civic_session')).toBe(false);
    });
  });
});

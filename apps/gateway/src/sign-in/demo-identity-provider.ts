import { generateKeyPairSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import type Provider from 'oidc-provider';
import type { Configuration, JWK } from 'oidc-provider';
import { DemoProviderStore } from './demo-provider-store.js';
import { escapeHtml, signInPage } from './sign-in-pages.js';
import type { SignInSettings } from './sign-in-settings.js';

/** Who can sign in to the demo provider: one of each role, and staffers of three bureaus. */
export const DEMO_STAFF = [
  { id: 'casey', name: 'Casey Morgan', title: 'Engagement coordinator, Office of Community & Civic Life', groups: ['civic-coordinator'] },
  { id: 'alex', name: 'Alex Rivera', title: 'Platform administrator', groups: ['civic-admin'] },
  { id: 'jordan', name: 'Jordan Lee', title: 'Outreach staff, Portland Bureau of Transportation', groups: ['civic-bureau-PBOT'] },
  { id: 'sam', name: 'Sam Nguyen', title: 'Outreach staff, Bureau of Environmental Services', groups: ['civic-bureau-BES'] },
  { id: 'riley', name: 'Riley Chen', title: 'Outreach staff, Portland Water Bureau', groups: ['civic-bureau-PWB'] },
] as const;

export const DEMO_CLIENT_ID = 'civic-staff-app';

/** Where the demo provider lives on the gateway: its issuer is the public URL and this path. */
export const DEMO_PROVIDER_PATH = '/oidc';

const SCOPES = 'openid profile groups';

/**
 * A real OpenID provider (oidc-provider) inside the gateway, for when the city has configured none:
 * `npm start` signs staff in through the same authorization-code flow with PKCE as a city's
 * provider would. Its accounts are the demo staff above, all with one password.
 */
export class DemoIdentityProvider {
  readonly issuer: string;
  readonly clientSecret = randomBytes(24).toString('base64url');
  readonly password: string;
  readonly passwordWasGiven: boolean;
  private readonly provider: Provider;

  private constructor(settings: SignInSettings, Provider: typeof import('oidc-provider').default) {
    this.issuer = `${settings.publicUrl}${DEMO_PROVIDER_PATH}`;
    this.passwordWasGiven = settings.OIDC_DEMO_PASSWORD !== undefined;
    this.password = settings.OIDC_DEMO_PASSWORD ?? randomBytes(6).toString('base64url');
    this.provider = new Provider(this.issuer, this.configuration(settings));
    // The gateway may sit behind a proxy that ends TLS; the provider then trusts its X-Forwarded-* headers.
    this.provider.proxy = true;
  }

  /** Loaded only when the demo runs: a gateway with the city's provider never loads oidc-provider. */
  static async create(settings: SignInSettings): Promise<DemoIdentityProvider> {
    const { default: Provider } = await import('oidc-provider');
    return new DemoIdentityProvider(settings, Provider);
  }

  /** Serves the provider and its sign-in page under /oidc, before the gateway's routes. */
  mount(app: INestApplication): void {
    const router = express.Router();
    router.get('/interaction/:uid', (req, res, next) => void this.showSignIn(req, res).catch(next));
    router.post('/interaction/:uid', express.urlencoded({ extended: false, limit: '4kb' }), (req, res, next) => void this.signIn(req, res).catch(next));
    app.use(DEMO_PROVIDER_PATH, router, this.provider.callback(), providerErrors);
  }

  private configuration(settings: SignInSettings): Configuration {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const staff = new Map<string, (typeof DEMO_STAFF)[number]>(DEMO_STAFF.map((s) => [s.id, s]));
    return {
      clients: [
        {
          client_id: DEMO_CLIENT_ID,
          client_secret: this.clientSecret,
          redirect_uris: [`${settings.publicUrl}/auth/callback`],
          post_logout_redirect_uris: [`${settings.publicUrl}/`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      claims: { openid: ['sub'], profile: ['name'], groups: ['groups'] },
      // The ID token carries name and groups itself, as Entra ID's and Keycloak's can.
      conformIdTokenClaims: false,
      findAccount: (_ctx, id) => {
        const person = staff.get(id);
        return person ? { accountId: id, claims: () => ({ sub: id, name: person.name, groups: [...person.groups] }) } : undefined;
      },
      features: { devInteractions: { enabled: false } },
      interactions: { url: (_ctx, interaction) => `${DEMO_PROVIDER_PATH}/interaction/${interaction.uid}` },
      pkce: { required: () => true },
      // The platform's own app: no consent screen, the grant covers what it asks.
      loadExistingGrant: async (ctx) => {
        const accountId = ctx.oidc.session?.accountId;
        if (!accountId || !ctx.oidc.client) return undefined;
        const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId });
        grant.addOIDCScope(SCOPES);
        await grant.save();
        return grant;
      },
      adapter: DemoProviderStore,
      cookies: { keys: [randomBytes(32).toString('base64url')] },
      // Short-lived, as a sign-in is: the gateway's session, not the provider's, keeps staff signed in.
      ttl: { Interaction: 600, Session: 600, Grant: 600, AuthorizationCode: 60, AccessToken: 300, IdToken: 300 },
      jwks: { keys: [privateKey.export({ format: 'jwk' }) as JWK] },
      renderError: (ctx, out) => {
        ctx.type = 'html';
        ctx.body = page('Sign-in did not work', `<p>${escapeHtml(String(out.error_description ?? out.error))}</p><p><a href="/auth/sign-in">Try again</a></p>`);
      },
    };
  }

  private async showSignIn(req: Request, res: Response, problem?: string): Promise<void> {
    const details = await this.provider.interactionDetails(req, res);
    const options = DEMO_STAFF.map(
      (s, i) =>
        `<div class="choice"><input type="radio" id="staff-${s.id}" name="staff" value="${s.id}"${i === 0 ? ' checked' : ''}><label for="staff-${s.id}"><strong>${escapeHtml(s.name)}</strong><span>${escapeHtml(s.title)}</span></label></div>`,
    ).join('');
    res
      .status(problem ? 401 : 200)
      .type('html')
      .send(
        page(
          'Sign in to the demo',
          `<p>This platform runs its own demo sign-in because no city identity provider is configured (<code>OIDC_ISSUER</code>). Choose who to sign in as.</p>
          ${problem ? `<div class="error" role="alert" id="problem">${escapeHtml(problem)}</div>` : ''}
          <form method="post" action="${DEMO_PROVIDER_PATH}/interaction/${escapeHtml(details.uid)}">
            <fieldset><legend>Staff member</legend>${options}</fieldset>
            <label for="password">Demo password</label>
            <span class="hint" id="password-hint">Printed when the platform started</span>
            <input id="password" name="password" type="password" autocomplete="current-password" aria-describedby="password-hint${problem ? ' problem' : ''}" required>
            <button type="submit">Sign in</button>
          </form>`,
        ),
      );
  }

  private async signIn(req: Request, res: Response): Promise<void> {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const person = DEMO_STAFF.find((s) => s.id === body.staff);
    const password = typeof body.password === 'string' ? body.password : '';
    if (!person || !samePassword(password, this.password)) return this.showSignIn(req, res, 'That password is not the demo password. Check the line the platform printed when it started.');
    await this.provider.interactionFinished(req, res, { login: { accountId: person.id } }, { mergeWithLastSubmission: false });
  }
}

function samePassword(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The demo's own page: plain HTML, styles in a style element the gateway's policy allows. */
function page(title: string, body: string): string {
  return signInPage(title, body, DEMO_STYLE);
}

const DEMO_STYLE = `fieldset{border:0;padding:0;margin:0 0 1rem}legend{font-weight:700;margin-bottom:.5rem}
.choice{display:flex;gap:.75rem;align-items:flex-start;padding:.5rem;border:1px solid #dfe1e2;border-radius:.25rem;margin-bottom:.5rem}
.choice input{flex:none;margin-top:.35rem;width:1.25rem;height:1.25rem}.choice label span{display:block;color:#565c65}
label[for=password]{display:block;font-weight:700}.hint{display:block;color:#565c65}
input[type=password]{display:block;width:100%;max-width:20rem;padding:.5rem;font-size:1rem;border:1px solid #565c65;margin:.25rem 0 1rem;box-sizing:border-box}
button{background:#005ea2;color:#fff;border:0;border-radius:.25rem;padding:.75rem 1.25rem;font-size:1rem;font-weight:700;cursor:pointer}
button:hover{background:#1a4480}
.error{border-left:.5rem solid #b50909;background:#f4e3db;padding:.75rem 1rem;margin-bottom:1rem}
`;

/** An error of the sign-in page (an interaction that expired, say) as a page, not Express's stack. */
function providerErrors(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(err);
  res.status(400).type('html').send(page('Sign-in did not work', `<p>${escapeHtml(err instanceof Error ? err.message : String(err))}</p><p><a href="/auth/sign-in">Try again</a></p>`));
}

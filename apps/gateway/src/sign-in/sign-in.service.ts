import { createHash } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import * as oidc from 'openid-client';
import { DEMO_CLIENT_ID, DemoIdentityProvider } from './demo-identity-provider.js';
import { SIGN_IN_SETTINGS, type SignInSettings } from './sign-in-settings.js';
import { staffRoleOf } from './staff-role.js';
import { StaffSessionService } from './staff-session.service.js';
import { StaffSignIn } from './staff-sign-in.entity.js';
import { StaffSignInRepository } from './staff-sign-in.repository.js';

/** A sign-in left unfinished this long is forgotten: the person starts again. */
const SIGN_IN_TTL_MS = 10 * 60_000;

export type SignInOutcome = { signedIn: true; sessionToken: string; returnTo: string } | { signedIn: false; reason: string; status: number };

/** Where a sign-in may send the browser back to: a path of this site, never another origin. */
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[^\s]*$/.test(value) && value.length <= 2000 ? value : '/';
}

/**
 * Signs staff in with OpenID Connect's authorization code flow and PKCE (openid-client), at the
 * city's provider or the demo one: the same code path for both. The person's groups give their
 * role and bureau; the session is the gateway's own.
 */
@Injectable()
export class SignInService {
  private configuration?: Promise<oidc.Configuration>;

  constructor(
    @Inject(SIGN_IN_SETTINGS) private readonly settings: SignInSettings,
    private readonly signIns: StaffSignInRepository,
    private readonly sessions: StaffSessionService,
    @Optional() private readonly demo?: DemoIdentityProvider,
  ) {}

  get callbackUrl(): string {
    return `${this.settings.publicUrl}/auth/callback`;
  }

  /** The provider's authorization URL for a new sign-in, and the state the browser's cookie binds it to. */
  async begin(returnTo: unknown, now = new Date()): Promise<{ url: string; state: string }> {
    const config = await this.discovered();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    await this.signIns.deleteStartedBefore(new Date(now.getTime() - SIGN_IN_TTL_MS));
    await this.signIns.insert(Object.assign(new StaffSignIn(), { state, codeVerifier, nonce, returnTo: safeReturnTo(returnTo), createdAt: now }));
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.callbackUrl,
      scope: this.demo ? 'openid profile groups' : this.settings.OIDC_SCOPES,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      // The demo asks every time, so that signing out and in again can be someone else.
      ...(this.demo ? { prompt: 'login' } : {}),
    });
    return { url: url.href, state };
  }

  /** Finishes a sign-in at the callback: checks it is this browser's, redeems the code, starts a session. */
  async complete(callback: URL, boundState: string | undefined, now = new Date()): Promise<SignInOutcome> {
    const state = callback.searchParams.get('state');
    if (callback.searchParams.has('error')) {
      return { signedIn: false, status: 400, reason: `The identity provider did not sign you in: ${callback.searchParams.get('error_description') ?? callback.searchParams.get('error')}.` };
    }
    // The state must be the one this browser started with: a link from elsewhere cannot sign it in as someone else.
    if (!state || state !== boundState) return { signedIn: false, status: 400, reason: 'This sign-in was not started in this browser, or it was started too long ago.' };
    const started = await this.signIns.take(state);
    if (!started || now.getTime() - started.createdAt.getTime() > SIGN_IN_TTL_MS) return { signedIn: false, status: 400, reason: 'This sign-in was started too long ago.' };

    const config = await this.discovered();
    let claims: Record<string, unknown>;
    try {
      const tokens = await oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: started.codeVerifier, expectedState: state, expectedNonce: started.nonce, idTokenExpected: true });
      const idClaims: Record<string, unknown> = tokens.claims() ?? {};
      claims = { ...idClaims };
      // Some providers put groups only in userinfo.
      if (!(this.settings.OIDC_GROUPS_CLAIM in claims) && config.serverMetadata().userinfo_endpoint) {
        claims = { ...(await oidc.fetchUserInfo(config, tokens.access_token, String(idClaims.sub))), ...claims };
      }
    } catch (err) {
      return { signedIn: false, status: 400, reason: `The identity provider's answer could not be used: ${(err as Error).message}.` };
    }
    const role = staffRoleOf(claims, {
      claim: this.settings.OIDC_GROUPS_CLAIM,
      adminGroup: this.settings.OIDC_ADMIN_GROUP,
      coordinatorGroup: this.settings.OIDC_COORDINATOR_GROUP,
      bureauGroupPrefix: this.settings.OIDC_BUREAU_GROUP_PREFIX,
    });
    if ('refused' in role) return { signedIn: false, status: 403, reason: role.refused };
    const subject = String(claims.sub);
    const sessionToken = await this.sessions.start(
      {
        // One id per person at this provider, whatever session: what their alert subscriber is bound to.
        staffId: `staff:${createHash('sha256').update(`${config.serverMetadata().issuer} ${subject}`).digest('base64url').slice(0, 22)}`,
        displayName: typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : subject,
        ...role,
      },
      now,
    );
    return { signedIn: true, sessionToken, returnTo: started.returnTo };
  }

  /** Where to send the browser after signing out: the provider's end-session page when it has one. */
  async endSessionUrl(): Promise<string> {
    // The demo asks who signs in every time; its own session needs no ending.
    if (this.demo) return '/';
    const config = await this.discovered().catch(() => null);
    if (!config?.serverMetadata().end_session_endpoint) return '/';
    return oidc.buildEndSessionUrl(config, { client_id: config.clientMetadata().client_id, post_logout_redirect_uri: `${this.settings.publicUrl}/` }).href;
  }

  /** The provider's metadata, found once; a failure is tried again at the next sign-in. */
  private discovered(): Promise<oidc.Configuration> {
    this.configuration ??= this.discover().catch((err: unknown) => {
      this.configuration = undefined;
      throw err;
    });
    return this.configuration;
  }

  private discover(): Promise<oidc.Configuration> {
    const issuer = new URL(this.demo?.issuer ?? this.settings.OIDC_ISSUER!);
    const clientId = this.demo ? DEMO_CLIENT_ID : this.settings.OIDC_CLIENT_ID!;
    const secret = this.demo ? this.demo.clientSecret : this.settings.OIDC_CLIENT_SECRET!;
    // Plain HTTP only for a provider on this machine (the demo, or a test's), never across a network.
    const local = issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
    return oidc.discovery(issuer, clientId, secret, undefined, local ? { execute: [oidc.allowInsecureRequests] } : undefined);
  }
}

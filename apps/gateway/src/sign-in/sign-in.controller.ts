import { Controller, Get, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CookieOptions, Request, Response } from 'express';
import { CSRF_HEADER, presentedCookie, presentedSessionToken, Public, SECURE_SESSION_COOKIE, SESSION_COOKIE } from '#libs/auth';
import { contractSchema } from '../openapi/contract-schema.js';
import { ProblemResponses } from '../openapi/openapi.js';
import { ProblemException, statusProblem } from '../problems/problem-details.js';
import { SessionView, SignedOut } from './session.dto.js';
import { escapeHtml, signInPage } from './sign-in-pages.js';
import { SIGN_IN_SETTINGS, type SignInSettings } from './sign-in-settings.js';
import { SignInService } from './sign-in.service.js';
import { StaffSessionService } from './staff-session.service.js';

/** Binds a sign-in to the browser that started it, for the callback only. */
const SIGN_IN_COOKIE = 'civic_sign_in';

/**
 * Staff sign-in for browsers: to the identity provider and back, a session cookie (`HttpOnly`,
 * `SameSite=Lax`, `Secure` and `__Host-` over HTTPS), and sign-out that ends it on the server.
 */
@ApiTags('session')
@Public()
@Controller()
export class SignInController {
  constructor(
    private readonly signIn: SignInService,
    private readonly sessions: StaffSessionService,
    @Inject(SIGN_IN_SETTINGS) private readonly settings: SignInSettings,
  ) {}

  private get secure(): boolean {
    return this.settings.publicUrl.startsWith('https:');
  }

  private cookie(maxAgeMs: number, path = '/'): CookieOptions {
    return { httpOnly: true, secure: this.secure, sameSite: 'lax', path, maxAge: maxAgeMs };
  }

  @Get('auth/sign-in')
  @ApiExcludeEndpoint()
  async start(@Query('returnTo') returnTo: unknown, @Res() res: Response): Promise<void> {
    const { url, state } = await this.signIn.begin(returnTo);
    res.cookie(SIGN_IN_COOKIE, state, this.cookie(10 * 60_000, '/auth'));
    res.redirect(303, url);
  }

  @Get('auth/callback')
  @ApiExcludeEndpoint()
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const bound = presentedCookie(req.headers, SIGN_IN_COOKIE);
    res.clearCookie(SIGN_IN_COOKIE, { ...this.cookie(0, '/auth'), maxAge: undefined });
    const outcome = await this.signIn.complete(new URL(req.originalUrl, this.settings.publicUrl), bound);
    if (!outcome.signedIn) {
      res.status(outcome.status).type('html').send(signInPage('You are not signed in', `<p>${escapeHtml(outcome.reason)}</p><p><a href="/auth/sign-in">Sign in again</a></p>`));
      return;
    }
    res.cookie(this.secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, outcome.sessionToken, this.cookie(this.settings.SESSION_MAX_HOURS * 3_600_000));
    res.redirect(303, outcome.returnTo);
  }

  @Post('auth/sign-out')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign out: ends the session on the server (needs the session’s X-CSRF-Token)' })
  @ApiOkResponse({ schema: contractSchema(SignedOut) })
  @ProblemResponses(401, 403)
  async signOut(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SignedOut> {
    const token = presentedSessionToken(req.headers);
    const session = token ? await this.sessions.describe(token) : null;
    if (!token || !session) throw new ProblemException(statusProblem(401, 'You are not signed in.'));
    if (req.headers[CSRF_HEADER] !== session.csrfToken) throw new ProblemException(statusProblem(403, 'Signing out needs the session’s CSRF token in the X-CSRF-Token header.'));
    await this.sessions.end(token);
    res.clearCookie(this.secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, { ...this.cookie(0), maxAge: undefined });
    return { redirectTo: await this.signIn.endSessionUrl() };
  }

  @Get('v1/session')
  @ApiOperation({ summary: 'Who is signed in in this browser, with what role and bureau, and the CSRF token for changes' })
  @ApiOkResponse({ schema: contractSchema(SessionView) })
  @ProblemResponses(401)
  async current(@Req() req: Request): Promise<SessionView> {
    const token = presentedSessionToken(req.headers);
    const session = token ? await this.sessions.describe(token) : null;
    if (!session) throw new ProblemException(statusProblem(401, 'You are not signed in.'));
    return session;
  }
}

import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { StaffSessionAuthenticator, type Role, type StaffSessionPrincipal } from '#libs/auth';
import { SIGN_IN_SETTINGS, type SignInSettings } from './sign-in-settings.js';
import { StaffSession } from './staff-session.entity.js';
import { StaffSessionRepository } from './staff-session.repository.js';

/** A session is marked as used at most this often: reading a page must not be a write per request. */
const TOUCH_EVERY_MS = 60_000;

export interface SignedInStaff {
  staffId: string;
  displayName: string;
  role: Role;
  bureauCode: string | null;
}

/** What `GET /v1/session` tells the app about its session. */
export interface SessionView extends SignedInStaff {
  csrfToken: string;
  idleExpiresAt: string;
  expiresAt: string;
}

const hashOf = (token: string): string => createHash('sha256').update(token).digest('base64url');

/** Staff sessions: started at sign-in, ended at sign-out, after idling too long, or at their latest end. */
@Injectable()
export class StaffSessionService extends StaffSessionAuthenticator {
  constructor(
    private readonly sessions: StaffSessionRepository,
    @Inject(SIGN_IN_SETTINGS) private readonly settings: SignInSettings,
  ) {
    super();
  }

  /** A new session for a staffer; answers the cookie's token, which is stored only as its hash. */
  async start(staff: SignedInStaff, now = new Date()): Promise<string> {
    await this.sessions.deleteEnded(now, this.idleSince(now));
    const token = randomBytes(32).toString('base64url');
    await this.sessions.insert(
      Object.assign(new StaffSession(), {
        ...staff,
        tokenHash: hashOf(token),
        csrfToken: randomBytes(24).toString('base64url'),
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + this.settings.SESSION_MAX_HOURS * 3_600_000),
      }),
    );
    return token;
  }

  async authenticate(token: string, now = new Date()): Promise<StaffSessionPrincipal | null> {
    const session = await this.current(token, now);
    return session && { principal: { keyId: session.staffId, role: session.role, bureauCode: session.bureauCode }, csrfToken: session.csrfToken };
  }

  async describe(token: string, now = new Date()): Promise<SessionView | null> {
    const session = await this.current(token, now);
    if (!session) return null;
    const idleEnd = new Date(session.lastSeenAt.getTime() + this.settings.SESSION_IDLE_MINUTES * 60_000);
    return {
      staffId: session.staffId,
      displayName: session.displayName,
      role: session.role,
      bureauCode: session.bureauCode,
      csrfToken: session.csrfToken,
      idleExpiresAt: (idleEnd < session.expiresAt ? idleEnd : session.expiresAt).toISOString(),
      expiresAt: session.expiresAt.toISOString(),
    };
  }

  async end(token: string): Promise<void> {
    await this.sessions.delete(hashOf(token));
  }

  /** The session of a token while it lasts, marked as used; an ended one is removed. */
  private async current(token: string, now: Date): Promise<StaffSession | null> {
    const tokenHash = hashOf(token);
    const session = await this.sessions.findByTokenHash(tokenHash);
    if (!session) return null;
    if (session.expiresAt <= now || session.lastSeenAt <= this.idleSince(now)) {
      await this.sessions.delete(tokenHash);
      return null;
    }
    if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
      await this.sessions.touch(tokenHash, now);
      session.lastSeenAt = now;
    }
    return session;
  }

  private idleSince(now: Date): Date {
    return new Date(now.getTime() - this.settings.SESSION_IDLE_MINUTES * 60_000);
  }
}

import { IsIn, IsISO8601, IsOptional, IsString } from 'class-validator';
import { RoleNames, type Role } from '#libs/auth';

/** `GET /v1/session`: who is signed in, and the token their changes must carry. */
export class SessionView {
  /** The same for every session of this person: what their alert subscriber is bound to. */
  @IsString() staffId: string;
  @IsString() displayName: string;
  @IsIn(RoleNames) role: Role;
  /** The bureau a staffer of role `bureau` speaks for. */
  @IsOptional() @IsString() bureauCode: string | null;
  /** Repeat it in `X-CSRF-Token` on every change. */
  @IsString() csrfToken: string;
  /** When the session ends unless used before. */
  @IsISO8601() idleExpiresAt: string;
  /** When it ends at the latest. */
  @IsISO8601() expiresAt: string;
}

/** `POST /auth/sign-out`: where the browser goes next (the provider's own sign-out when it has one). */
export class SignedOut {
  @IsString() redirectTo: string;
}

import { plainToInstance, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { ConfigurationError, localUrl } from '#libs/messaging';

/**
 * How staff sign in: the city's OpenID provider, or, when none is configured, the demo provider
 * the gateway runs itself. Read from the environment and validated at start.
 */
export class SignInSettings {
  /** The city's OpenID provider (Entra ID, Okta, Keycloak, Login.gov); unset runs the demo provider. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['https', 'http'], require_protocol: true }, { message: 'must be the issuer URL of an OpenID provider' })
  OIDC_ISSUER?: string;

  @IsOptional() @IsString() @MinLength(1) OIDC_CLIENT_ID?: string;
  @IsOptional() @IsString() @MinLength(1) OIDC_CLIENT_SECRET?: string;

  @IsString() @Matches(/(^| )openid( |$)/, { message: 'must include openid' }) OIDC_SCOPES = 'openid profile email groups';

  /** The claim listing the person's groups (an array, or names separated by spaces or commas). */
  @IsString() @MinLength(1) OIDC_GROUPS_CLAIM = 'groups';
  @IsString() @MinLength(1) OIDC_ADMIN_GROUP = 'civic-admin';
  @IsString() @MinLength(1) OIDC_COORDINATOR_GROUP = 'civic-coordinator';
  /** A group named this prefix and a bureau code (`civic-bureau-PBOT`) makes a staffer of that bureau. */
  @IsString() @MinLength(1) OIDC_BUREAU_GROUP_PREFIX = 'civic-bureau-';

  /** Where browsers reach the gateway; sign-in's redirect address and the session cookie's scope. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['https', 'http'], require_protocol: true }, { message: 'must be the URL browsers open, e.g. https://engage.portland.gov' })
  PUBLIC_URL?: string;

  /** The demo provider's password for every demo staffer; made up at start when not given. */
  @IsOptional() @IsString() @MinLength(8, { message: 'must be at least 8 characters' }) OIDC_DEMO_PASSWORD?: string;

  @Type(() => Number) @IsInt({ message: 'must be a whole number of minutes' }) @Min(1) @Max(24 * 60) SESSION_IDLE_MINUTES = 30;
  @Type(() => Number) @IsInt({ message: 'must be a whole number of hours' }) @Min(1) @Max(24 * 7) SESSION_MAX_HOURS = 12;

  /** Set by readSignInSettings from PUBLIC_URL, or the address `npm start` prints. */
  publicUrl = 'http://127.0.0.1:3000';
}

export const SIGN_IN_SETTINGS = Symbol('SIGN_IN_SETTINGS');

const KEYS = [
  'OIDC_ISSUER',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_SCOPES',
  'OIDC_GROUPS_CLAIM',
  'OIDC_ADMIN_GROUP',
  'OIDC_COORDINATOR_GROUP',
  'OIDC_BUREAU_GROUP_PREFIX',
  'PUBLIC_URL',
  'OIDC_DEMO_PASSWORD',
  'SESSION_IDLE_MINUTES',
  'SESSION_MAX_HOURS',
] as const;

export function readSignInSettings(env: NodeJS.ProcessEnv): SignInSettings {
  const defined = Object.fromEntries(KEYS.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]));
  const settings = plainToInstance(SignInSettings, defined, { exposeDefaultValues: true });
  const [error] = validateSync(settings);
  if (error) {
    const rule = Object.values(error.constraints ?? {}).at(-1) ?? 'is invalid';
    throw new ConfigurationError(`Configuration error: ${error.property} ${rule}`);
  }
  if (settings.OIDC_ISSUER && (!settings.OIDC_CLIENT_ID || !settings.OIDC_CLIENT_SECRET)) {
    throw new ConfigurationError('Configuration error: OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required with OIDC_ISSUER');
  }
  settings.publicUrl = (settings.PUBLIC_URL ?? localUrl(env.HOST || '127.0.0.1', Number(env.PORT || 3000))).replace(/\/+$/, '');
  return settings;
}

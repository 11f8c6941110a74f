import { Module, type DynamicModule, type INestApplication } from '@nestjs/common';
import { StaffSessionAuthenticator } from '#libs/auth';
import { DEMO_STAFF, DemoIdentityProvider } from './demo-identity-provider.js';
import { SIGN_IN_SETTINGS, type SignInSettings } from './sign-in-settings.js';
import { SignInController } from './sign-in.controller.js';
import { SignInService } from './sign-in.service.js';
import { StaffSessionRepository } from './staff-session.repository.js';
import { StaffSessionService } from './staff-session.service.js';
import { StaffSignInRepository } from './staff-sign-in.repository.js';

/** Staff sign-in with OpenID Connect and the sessions it starts; the demo provider when the city has none. */
@Module({})
export class SignInModule {
  static forRoot(settings: SignInSettings): DynamicModule {
    return {
      module: SignInModule,
      global: true,
      controllers: [SignInController],
      providers: [
        { provide: SIGN_IN_SETTINGS, useValue: settings },
        ...(settings.OIDC_ISSUER ? [] : [{ provide: DemoIdentityProvider, useFactory: () => DemoIdentityProvider.create(settings) }]),
        StaffSessionRepository,
        StaffSignInRepository,
        StaffSessionService,
        SignInService,
        { provide: StaffSessionAuthenticator, useExisting: StaffSessionService },
      ],
      exports: [StaffSessionAuthenticator, SIGN_IN_SETTINGS],
    };
  }
}

/** Serves the demo provider under /oidc when it runs; before the routes, so its own body parsing applies. */
export function mountDemoIdentityProvider(app: INestApplication): DemoIdentityProvider | null {
  if (app.get<SignInSettings>(SIGN_IN_SETTINGS).OIDC_ISSUER) return null;
  const demo = app.get(DemoIdentityProvider);
  demo.mount(app);
  return demo;
}

/** What `npm start` prints about signing in: the city's provider, or the demo's staff and password. */
export function signInHint(app: INestApplication): string {
  const settings = app.get<SignInSettings>(SIGN_IN_SETTINGS);
  if (settings.OIDC_ISSUER) return `  Sign-in  staff sign in at ${settings.OIDC_ISSUER}`;
  const demo = app.get(DemoIdentityProvider);
  return `  Sign-in  demo staff (${DEMO_STAFF.map((s) => `${s.id} ${s.groups[0].replace(/^civic-(bureau-)?/, '')}`).join(', ')}), password ${demo.passwordWasGiven ? 'from OIDC_DEMO_PASSWORD' : demo.password}`;
}

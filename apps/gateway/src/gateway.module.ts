import { Module, type DynamicModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ServiceModule, type ServiceAppOptions } from '#libs/messaging';
import { AuthModule } from './auth/auth.module.js';
import { CalendarsModule } from './calendars/calendars.module.js';
import { CoordinationModule } from './coordination/coordination.module.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { EngagementsModule } from './engagements/engagements.module.js';
import { CommentsModule } from './comments/comments.module.js';
import { HealthModule } from './health/health.module.js';
import { LookupModule } from './lookup/lookup.module.js';
import { GatewayEntities, GatewayMigrations } from './migrations/index.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { PeopleModule } from './people/people.module.js';
import { RetrySafety } from './problems/retry-safety.js';
import { ReportsModule } from './reports/reports.module.js';
import { SubscriptionsModule } from './subscriptions/subscriptions.module.js';
import { ReportBacksModule } from './report-backs/report-backs.module.js';
import { readSignInSettings } from './sign-in/sign-in-settings.js';
import { SignInModule } from './sign-in/sign-in.module.js';
import { SynthesesModule } from './syntheses/syntheses.module.js';

export const GATEWAY_SERVICE = 'gateway';

/** The HTTP face of the platform: API keys, `/v1` routes forwarded to the services, docs and probes. */
@Module({})
export class GatewayModule {
  static forRoot(options: ServiceAppOptions = {}): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        // The gateway serves /health and /metrics for the whole process itself (HealthModule).
        ServiceModule.forService({ service: GATEWAY_SERVICE, entities: GatewayEntities, migrations: GatewayMigrations, ...options, probes: false }),
        SignInModule.forRoot(readSignInSettings(options.env ?? process.env)),
        AuthModule,
        OrganizationsModule,
        LookupModule,
        PeopleModule,
        EngagementsModule,
        CalendarsModule,
        ReportsModule,
        CoordinationModule,
        SubscriptionsModule,
        CommentsModule,
        SynthesesModule,
        ReportBacksModule,
        HealthModule,
        DashboardModule,
      ],
      providers: [{ provide: APP_INTERCEPTOR, useClass: RetrySafety }],
    };
  }
}

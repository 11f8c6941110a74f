import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ServiceModule, type ServiceAppOptions } from '#libs/messaging';
import { CommentsModule } from './comments/comments.module.js';
import { FeedbackSettings } from './feedback-settings.js';
import { FeedbackEntities, FeedbackMigrations } from './migrations/index.js';
import { PlacesModule } from './places/places.module.js';
import { ReportBacksModule } from './report-backs/report-backs.module.js';
import { SynthesesModule } from './syntheses/syntheses.module.js';

export const FEEDBACK_SERVICE = 'feedback';

export interface FeedbackAppOptions extends ServiceAppOptions {
  /** The time the service goes by (overdue report-backs); tests give their own. */
  now?: () => Date;
}

@Global()
@Module({})
class FeedbackSettingsModule {
  static with(settings: FeedbackSettings): DynamicModule {
    return { module: FeedbackSettingsModule, providers: [{ provide: FeedbackSettings, useValue: settings }], exports: [FeedbackSettings] };
  }
}

/** Feedback: comments from engagements, synthesized themes with representative quotes, bureau responses and report-backs. */
@Module({})
export class FeedbackModule {
  static forRoot(options: FeedbackAppOptions = {}): DynamicModule {
    const { now, ...service } = options;
    return {
      module: FeedbackModule,
      imports: [
        ServiceModule.forService({ service: FEEDBACK_SERVICE, entities: FeedbackEntities, migrations: FeedbackMigrations, ...service }),
        FeedbackSettingsModule.with(new FeedbackSettings(service.env ?? process.env, now)),
        PlacesModule,
        CommentsModule,
        SynthesesModule,
        ReportBacksModule,
      ],
    };
  }
}

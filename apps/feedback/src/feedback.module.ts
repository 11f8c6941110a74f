import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceModule, type ServiceAppOptions } from '#libs/messaging';
import { CommentsModule } from './comments/comments.module.js';
import { FeedbackEntities, FeedbackMigrations } from './migrations/index.js';
import { PlacesModule } from './places/places.module.js';

export const FEEDBACK_SERVICE = 'feedback';

/** Feedback: comments from engagements, synthesized themes with representative quotes, bureau responses and report-backs. */
@Module({})
export class FeedbackModule {
  static forRoot(options: ServiceAppOptions = {}): DynamicModule {
    return {
      module: FeedbackModule,
      imports: [
        ServiceModule.forService({ service: FEEDBACK_SERVICE, entities: FeedbackEntities, migrations: FeedbackMigrations, ...options }),
        PlacesModule,
        CommentsModule,
      ],
    };
  }
}

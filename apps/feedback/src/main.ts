import 'reflect-metadata';
import { runStandalone } from '#libs/messaging';
import { FEEDBACK_SERVICE, FeedbackModule } from './feedback.module.js';

await runStandalone(FEEDBACK_SERVICE, (env) => FeedbackModule.forRoot({ env }), 3003);

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const FeedbackEntities: Function[] = [];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const FeedbackMigrations: Function[] = [];

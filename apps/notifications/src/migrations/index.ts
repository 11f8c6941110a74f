// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const NotificationsEntities: Function[] = [];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const NotificationsMigrations: Function[] = [];

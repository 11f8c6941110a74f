import { Alert } from '../deliveries/alert.entity.js';
import { Delivery } from '../deliveries/delivery.entity.js';
import { Subscriber } from '../subscriptions/subscriber.entity.js';
import { Subscription } from '../subscriptions/subscription.entity.js';
import { Notifications1763900006000 } from './1763900006000-notifications.js';

export const NotificationsEntities = [Subscriber, Subscription, Alert, Delivery];
export const NotificationsMigrations = [Notifications1763900006000];

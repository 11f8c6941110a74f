/** Injection tokens of the messaging module. */
export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
export const EVENT_TRANSPORT = Symbol('EVENT_TRANSPORT');
export const EVENT_CLIENT = Symbol('EVENT_CLIENT');
export const SERVICE_LOGGER = Symbol('SERVICE_LOGGER');

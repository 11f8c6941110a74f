import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventCatalog, isAlertContract, type AlertScope, type EventContract } from '#libs/contracts';
import type { EventContext } from '#libs/messaging';
import { DeliveryPlanner } from './delivery-planner.js';

type AlertHandler = (this: AlertHandlersBase, payload: { scope: AlertScope }, ctx: EventContext) => Promise<void>;

/** Handles every alert alike: whatever the event, its scope decides who hears of it. */
@Controller()
export class AlertHandlersBase {
  constructor(readonly planner: DeliveryPlanner) {}
}

/**
 * A handler class with one `@EventPattern` per alert contract (every contract whose payload has a
 * scope). NATS 2.9 consumers take one filter subject, so each alert subject gets its own durable
 * consumer, as the transport provisions one per pattern; an event added to the catalog later with
 * a scope is consumed without a change here.
 */
export function alertHandlersFor(extra: EventContract[] = []): typeof AlertHandlersBase {
  const catalog = new EventCatalog();
  for (const c of extra) catalog.add(c);
  const alerts = catalog.all().filter(isAlertContract);

  @Controller()
  class AlertHandlers extends AlertHandlersBase {}

  for (const contract of alerts) {
    const name = `on_${contract.subject.replace(/[^A-Za-z0-9]/g, '_')}`;
    const handler: AlertHandler = async function (payload, ctx) {
      await this.planner.plan(ctx.manager, contract.subject, ctx.envelope, payload.scope);
    };
    Object.defineProperty(AlertHandlers.prototype, name, { value: handler, writable: true, configurable: true });
    const descriptor = Object.getOwnPropertyDescriptor(AlertHandlers.prototype, name)!;
    EventPattern<string>(contract.subject)(AlertHandlers.prototype, name, descriptor);
    Payload()(AlertHandlers.prototype, name, 0);
    Ctx()(AlertHandlers.prototype, name, 1);
  }
  return AlertHandlers;
}

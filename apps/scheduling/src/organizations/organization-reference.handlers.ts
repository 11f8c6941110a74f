import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Events, OrganizationArchivedV1, OrganizationChangedV1 } from '#libs/contracts';
import { EventContext } from '#libs/messaging';
import { OrganizationReferenceService } from './organization-reference.service.js';

/** Keeps scheduling's copy of the registry current. */
@Controller()
export class OrganizationReferenceHandlers {
  constructor(private readonly references: OrganizationReferenceService) {}

  @EventPattern<string>(Events.OrganizationCreated.subject)
  created(@Payload() event: OrganizationChangedV1, @Ctx() ctx: EventContext): Promise<void> {
    return this.references.apply(ctx.manager, event.organization);
  }

  @EventPattern<string>(Events.OrganizationUpdated.subject)
  updated(@Payload() event: OrganizationChangedV1, @Ctx() ctx: EventContext): Promise<void> {
    return this.references.apply(ctx.manager, event.organization);
  }

  @EventPattern<string>(Events.OrganizationArchived.subject)
  archived(@Payload() event: OrganizationArchivedV1, @Ctx() ctx: EventContext): Promise<void> {
    return this.references.apply(ctx.manager, event.organization);
  }
}

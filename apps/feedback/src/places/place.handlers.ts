import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Events, OrganizationArchivedV1, OrganizationChangedV1 } from '#libs/contracts';
import { EventContext } from '#libs/messaging';
import { PlaceDirectory } from './place-directory.js';

/** Keeps feedback's copy of neighborhood associations and council districts current. */
@Controller()
export class PlaceHandlers {
  constructor(private readonly places: PlaceDirectory) {}

  @EventPattern<string>(Events.OrganizationCreated.subject)
  created(@Payload() event: OrganizationChangedV1, @Ctx() ctx: EventContext): Promise<void> {
    return this.places.apply(ctx.manager, event.organization);
  }

  @EventPattern<string>(Events.OrganizationUpdated.subject)
  updated(@Payload() event: OrganizationChangedV1, @Ctx() ctx: EventContext): Promise<void> {
    return this.places.apply(ctx.manager, event.organization);
  }

  @EventPattern<string>(Events.OrganizationArchived.subject)
  archived(@Payload() event: OrganizationArchivedV1, @Ctx() ctx: EventContext): Promise<void> {
    return this.places.apply(ctx.manager, event.organization);
  }
}

import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EngagementChangedV1, Events } from '#libs/contracts';
import { EventContext } from '#libs/messaging';
import { EngagementReferenceService } from './engagement-reference.service.js';

/** Scheduling's engagement events keep feedback's copy of engagements. */
@Controller()
export class EngagementHandlers {
  constructor(private readonly engagements: EngagementReferenceService) {}

  @EventPattern<string>(Events.EngagementScheduled.subject)
  scheduled(@Payload() event: EngagementChangedV1, @Ctx() ctx: EventContext): Promise<void> {
    return this.engagements.apply(ctx.manager, event);
  }

  @EventPattern<string>(Events.EngagementUpdated.subject)
  updated(@Payload() event: EngagementChangedV1, @Ctx() ctx: EventContext): Promise<void> {
    return this.engagements.apply(ctx.manager, event);
  }

  @EventPattern<string>(Events.EngagementCancelled.subject)
  cancelled(@Payload() event: EngagementChangedV1, @Ctx() ctx: EventContext): Promise<void> {
    return this.engagements.apply(ctx.manager, event);
  }

  @EventPattern<string>(Events.EngagementPostponed.subject)
  postponed(@Payload() event: EngagementChangedV1, @Ctx() ctx: EventContext): Promise<void> {
    return this.engagements.apply(ctx.manager, event);
  }

  @EventPattern<string>(Events.EngagementHeld.subject)
  held(@Payload() event: EngagementChangedV1, @Ctx() ctx: EventContext): Promise<void> {
    return this.engagements.apply(ctx.manager, event);
  }
}

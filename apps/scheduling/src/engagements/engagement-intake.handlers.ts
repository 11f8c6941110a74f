import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Events, type EngagementIntakeV1 } from '#libs/contracts';
import { EventContext } from '#libs/messaging';
import { EngagementService } from './engagement.service.js';

/** Engagements bureaus publish on NATS themselves, one subject per bureau. */
@Controller()
export class EngagementIntakeHandlers {
  constructor(private readonly engagements: EngagementService) {}

  @EventPattern<string>(Events.EngagementIntake.subject)
  async intake(@Payload() payload: EngagementIntakeV1, @Ctx() ctx: EventContext): Promise<void> {
    const bureau = ctx.subject.split('.').at(-1) ?? '';
    // The pattern also matches the service's own answers on `civic.intake.engagement.rejected`.
    if (ctx.subject === Events.EngagementIntakeRejected.subject) return;
    await this.engagements.intake(ctx.manager, bureau, ctx.envelope.id, { ...payload });
  }
}

import { Type } from 'class-transformer';
import { IsBoolean, ValidateNested } from 'class-validator';
import { ConflictDetectedV1, FatigueDetectedV1 } from '../coordination/coordination.events.js';
import { ActorRequest, EngagementInput } from './engagement.queries.js';
import { SuggestedSlot } from './report.queries.js';

/** Body of `scheduling.engagement.check`: an engagement as it would be published. */
export class CheckEngagementRequest extends ActorRequest {
  @ValidateNested()
  @Type(() => EngagementInput)
  engagement: EngagementInput;
}

/**
 * Answer of `scheduling.engagement.check` (`POST /v1/engagements:check`) and `scheduling.engagement.update.check`
 * (`POST /v1/engagements/{id}/check`, the body of `scheduling.engagement.update`): what publishing the engagement,
 * or changing it so, now would raise, decided by the same rules as the publish or change, with nothing stored. A
 * form shows it as the staffer types.
 */
export class EngagementCheck {
  /** The bureau already published this externalId: a publish would change nothing and raise nothing. False for a change. */
  @IsBoolean()
  alreadyPublished: boolean;

  /** The conflicts a publish would open, as `civic.coordination.conflict.detected` would announce them. */
  @ValidateNested({ each: true })
  @Type(() => ConflictDetectedV1)
  conflicts: ConflictDetectedV1[];

  /** The fatigue alerts a publish would raise, as `civic.coordination.fatigue.detected` would announce them. */
  @ValidateNested({ each: true })
  @Type(() => FatigueDetectedV1)
  fatigue: FatigueDetectedV1[];

  /**
   * When it would raise any, start times near the one asked for (from three days before to ten after) that
   * conflict with nothing and tire no community, least-asked first; empty when it would raise none, or its
   * audience names no organization to look for.
   */
  @ValidateNested({ each: true })
  @Type(() => SuggestedSlot)
  alternatives: SuggestedSlot[];
}

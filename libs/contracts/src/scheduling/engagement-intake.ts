import { Allow, ArrayMinSize, IsArray, IsNotEmpty, IsOptional, IsString } from 'class-validator';

/**
 * `civic.intake.engagement.<bureau>`: the same engagement a bureau would POST to
 * `/v1/engagements`, published on NATS with its own credentials. Its fields are only collected
 * here: scheduling checks them against `EngagementInput` itself, so a bad one is answered with
 * `civic.intake.engagement.rejected` naming the reasons instead of vanishing into a dead letter.
 */
export class EngagementIntakeV1 {
  @Allow() bureau?: unknown;
  @Allow() title?: unknown;
  @Allow() description?: unknown;
  @Allow() kind?: unknown;
  @Allow() status?: unknown;
  @Allow() startsAt?: unknown;
  @Allow() endsAt?: unknown;
  @Allow() timeZone?: unknown;
  @Allow() location?: unknown;
  @Allow() audience?: unknown;
  @Allow() languages?: unknown;
  @Allow() accessibility?: unknown;
  @Allow() expectedAttendance?: unknown;
  @Allow() contact?: unknown;
  @Allow() externalUrl?: unknown;
  @Allow() externalId?: unknown;
}

/** `civic.intake.engagement.rejected`: an intake message scheduling could not accept, and why. */
export class EngagementIntakeRejectedV1 {
  /** The bureau of the subject it arrived on. */
  @IsString()
  @IsNotEmpty()
  bureau: string;

  /** The CloudEvents id of the rejected message. */
  @IsString()
  @IsNotEmpty()
  intakeEventId: string;

  @IsOptional()
  @IsString()
  externalId?: string | null;

  /** `field: rule` lines. */
  @IsArray()
  @ArrayMinSize(1)
  @IsString({ each: true })
  reasons: string[];
}

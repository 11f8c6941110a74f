import { PickType } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { CreateSynthesisRequest, ThemeResponseStatuses, type ThemeResponseStatus } from '#libs/contracts';

/** `POST /v1/syntheses`: who asks comes from the key, not the body. */
export class CreateSynthesisBody extends PickType(CreateSynthesisRequest, ['scope', 'themes'] as const) {}

export class SynthesisIdParams {
  @IsUUID()
  id: string;
}

export class ThemeParams extends SynthesisIdParams {
  @Matches(/^(0|[1-9][0-9]{0,2})$/, { message: 'key must be a theme number, e.g. 0' })
  key: string;
}

/** `PUT /v1/syntheses/{id}/themes/{key}/response`. */
export class ThemeResponseBody {
  @IsIn(ThemeResponseStatuses)
  status: ThemeResponseStatus;

  @IsString()
  @MaxLength(10_000)
  response: string;

  @ValidateIf((o: ThemeResponseBody) => o.status === 'not_adopted' || o.reason !== undefined)
  @IsString({ message: 'reason is required when status is not_adopted' })
  @IsNotEmpty({ message: 'reason is required when status is not_adopted' })
  @MaxLength(10_000)
  reason?: string;
}

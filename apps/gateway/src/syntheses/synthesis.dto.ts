import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { GivenThemeInput, SynthesisScope, ThemeResponseStatuses, type ThemeResponseStatus } from '#libs/contracts';

/** `POST /v1/syntheses`. */
export class CreateSynthesisBody {
  @ValidateNested()
  @Type(() => SynthesisScope)
  scope: SynthesisScope;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => GivenThemeInput)
  themes?: GivenThemeInput[];
}

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

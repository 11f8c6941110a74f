import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { RoleNames, type Principal, type Role } from '#libs/auth';

export class ApiKeyParams {
  @Matches(/^[0-9a-f]{12}$/, { message: 'keyId must be the 12 hex characters after "civic_" in the key' })
  keyId: string;
}

/** What the caller's own key may do. */
export class PrincipalResponse implements Principal {
  @ApiProperty({ example: '3f9a0c1b2d4e', description: 'Public id of the key (the 12 hex characters after "civic_")' })
  keyId: string;

  @ApiProperty({ enum: RoleNames })
  role: Role;

  @ApiProperty({ type: String, nullable: true, example: 'PBOT', description: 'The bureau a `bureau` key speaks for' })
  bureauCode: string | null;
}

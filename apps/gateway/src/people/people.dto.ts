import { PickType } from '@nestjs/swagger';
import { EndMembershipRequest } from '#libs/contracts';

/** Body of `POST /v1/memberships/{id}/end`: the id comes from the path. */
export class EndMembershipBody extends PickType(EndMembershipRequest, ['endDate'] as const) {}

import { IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID, MaxLength } from 'class-validator';

export class EngagementIdParams {
  @IsUUID()
  id: string;
}

/** `POST /v1/engagements/{id}/report-back`. */
export class ReportBackBody {
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  whatWeHeard: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  whatWeDid: string;

  /** The synthesis whose themes and answers go with it. */
  @IsOptional()
  @IsUUID()
  synthesisId?: string;

  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(2000)
  reportUrl?: string;
}

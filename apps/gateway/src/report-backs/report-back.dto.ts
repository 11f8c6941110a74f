import { PickType } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { PublishReportBackRequest } from '#libs/contracts';

export class EngagementIdParams {
  @IsUUID()
  id: string;
}

/** `POST /v1/engagements/{id}/report-back`: the engagement comes from the path, the bureau from the key. */
export class ReportBackBody extends PickType(PublishReportBackRequest, ['whatWeHeard', 'whatWeDid', 'synthesisId', 'reportUrl'] as const) {}

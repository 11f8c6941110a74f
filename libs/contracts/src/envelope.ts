import { Type } from 'class-transformer';
import { IsIn, IsISO8601, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Matches } from 'class-validator';

/** CloudEvents 1.0 envelope with the platform's `correlationid` and `bureau` extensions. */
export interface CloudEvent<T = unknown> {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  subject?: string;
  time: string;
  datacontenttype: 'application/json';
  correlationid: string;
  bureau?: string;
  data: T;
}

/** Validates the envelope of every message before its payload is looked at. */
export class CloudEventEnvelope implements CloudEvent<Record<string, unknown>> {
  @IsIn(['1.0'])
  specversion: '1.0';

  @IsUUID()
  id: string;

  @IsString()
  @IsNotEmpty()
  source: string;

  @Matches(/^gov\.civic\.[a-z0-9_.-]+\.v\d+$/, { message: 'type must look like gov.civic.<name>.v<N>' })
  type: string;

  @IsOptional()
  @IsString()
  subject?: string;

  @IsISO8601()
  time: string;

  @IsIn(['application/json'])
  datacontenttype: 'application/json';

  @IsString()
  @IsNotEmpty()
  correlationid: string;

  @IsOptional()
  @IsString()
  bureau?: string;

  @IsObject()
  @Type(() => Object)
  data: Record<string, unknown>;
}

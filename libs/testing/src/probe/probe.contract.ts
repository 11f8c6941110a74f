import { IsBoolean, IsInt, IsOptional, IsString, Min } from 'class-validator';
import { contract } from '#libs/contracts';

/** A test-only event carried on the intake stream. */
export class ProbeRecordedV1 {
  @IsInt()
  @Min(0)
  seq: number;

  @IsString()
  run: string;

  /** The handler throws for this event on every delivery. */
  @IsOptional()
  @IsBoolean()
  failAlways?: boolean;

  @IsOptional()
  @IsString()
  padding?: string;
}

export const ProbeRecorded = contract('civic.intake.probe.recorded', ProbeRecordedV1);

/** A hand-made CloudEvents envelope on the probe's subject, for tests that publish past the outbox. */
export function probeEnvelope(id: string, correlationid: string, data: Record<string, unknown>): Record<string, unknown> {
  return {
    specversion: '1.0',
    id,
    source: '/test',
    type: ProbeRecorded.type,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    correlationid,
    data,
  };
}

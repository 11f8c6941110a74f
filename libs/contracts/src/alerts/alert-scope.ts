import { IsArray, IsIn, IsString, Matches } from 'class-validator';
import { COUNCIL_DISTRICT } from '../patterns.js';

export const Severities = ['info', 'low', 'medium', 'high'] as const;
export type Severity = (typeof Severities)[number];

/** Orders severities so a subscription's minimum can be compared: info < low < medium < high. */
export function severityRank(severity: Severity): number {
  return Severities.indexOf(severity);
}

/**
 * Who an event concerns, in the terms subscriptions filter on. Every event staff can be alerted
 * about carries one as `scope`, so notifications matches events without knowing each payload.
 */
export class AlertScope {
  /** Bureau codes, e.g. PBOT. */
  @IsArray()
  @IsString({ each: true })
  bureaus: string[];

  /** Council district numbers as text, e.g. "2". */
  @IsArray()
  @Matches(COUNCIL_DISTRICT, { each: true, message: 'councilDistricts must be council district numbers' })
  councilDistricts: string[];

  /** Registry ids of the organizations reached: neighborhood associations, coalitions, business districts, others. */
  @IsArray()
  @IsString({ each: true })
  organizationIds: string[];

  @IsIn(Severities)
  severity: Severity;
}

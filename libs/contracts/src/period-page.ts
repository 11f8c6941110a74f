import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import { IsAfter, IsInDateRange } from './input-rules.js';
import { BUREAU_CODE, BUREAU_CODE_MESSAGE } from './patterns.js';

export const DEFAULT_PERIOD_PAGE_SIZE = 50;
export const MAX_PERIOD_PAGE_SIZE = 200;

/** What happens in a period, one bureau's or all: what ends after `from` and starts before `to`, which is after `from`. */
export class PeriodQuery {
  @IsOptional()
  @Matches(BUREAU_CODE, { message: BUREAU_CODE_MESSAGE })
  bureau?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or date and time' })
  @IsInDateRange()
  from?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or date and time' })
  @IsInDateRange()
  @IsAfter('from')
  to?: string;
}

/** A period's list, a page after `cursor`. */
export class PeriodPageQuery extends PeriodQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PERIOD_PAGE_SIZE)
  limit?: number;

  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,2000}$/, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;
}

import { Injectable } from '@nestjs/common';
import { ReportQueries, type AttendanceQuery, type AttendanceSeries, type CoverageQuery, type CoverageReport } from '#libs/contracts';
import { QueryClient } from '#libs/messaging';

/** Reports are computed by the scheduling service from its engagements. */
@Injectable()
export class ReportsService {
  constructor(private readonly queries: QueryClient) {}

  coverage(query: CoverageQuery): Promise<CoverageReport> {
    return this.queries.ask(ReportQueries.coverage, query);
  }

  attendance(query: AttendanceQuery): Promise<AttendanceSeries> {
    return this.queries.ask(ReportQueries.attendance, query);
  }
}

import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AttendanceQuery, CoverageQuery, ReportQueries, type AttendanceSeries, type CoverageReport } from '#libs/contracts';
import { validatedQuery } from '#libs/messaging';
import { ReportService } from './report.service.js';

@Controller()
export class ReportHandlers {
  constructor(private readonly reports: ReportService) {}

  @MessagePattern(ReportQueries.coverage)
  async coverage(@Payload() body: unknown): Promise<CoverageReport> {
    return this.reports.coverage(await validatedQuery(CoverageQuery, body));
  }

  @MessagePattern(ReportQueries.attendance)
  async attendance(@Payload() body: unknown): Promise<AttendanceSeries> {
    return this.reports.attendance(await validatedQuery(AttendanceQuery, body));
  }
}

import area from '@turf/area';
import { Injectable } from '@nestjs/common';
import type { AttendanceQuery, AttendanceSeries, CoverageQuery, CoverageReport } from '#libs/contracts';
import { CITY_TIME_ZONE } from '../engagements/engagement-times.js';
import { EngagementRepository } from '../engagements/engagement.repository.js';
import type { OrganizationDirectory } from '../organizations/organization-directory.js';
import { OrganizationReferenceService } from '../organizations/organization-reference.service.js';
import { COUNTED_STATUSES, coverageReport } from './coverage-report.js';

@Injectable()
export class ReportService {
  private readonly areas = new WeakMap<OrganizationDirectory, Map<string, number>>();

  constructor(
    private readonly engagements: EngagementRepository,
    private readonly organizations: OrganizationReferenceService,
  ) {}

  async coverage(query: CoverageQuery): Promise<CoverageReport> {
    const from = new Date(query.from);
    const to = new Date(query.to);
    const directory = await this.organizations.directory();
    const found = await this.engagements.inPeriod(from, to, COUNTED_STATUSES);
    return coverageReport(found, directory, { from, to, by: query.by ?? 'district' }, this.districtAreas(directory));
  }

  async attendance(query: AttendanceQuery): Promise<AttendanceSeries> {
    const months = await this.engagements.attendanceByMonth(
      CITY_TIME_ZONE,
      query.from ? new Date(query.from) : null,
      query.to ? new Date(query.to) : null,
      query.bureau ?? null,
    );
    return { months };
  }

  /** Square metres of each council district, computed once per snapshot of the registry copy. */
  private districtAreas(directory: OrganizationDirectory): Map<string, number> {
    let areas = this.areas.get(directory);
    if (!areas) {
      areas = new Map(
        directory
          .ofKind('council_district')
          .filter((d) => d.boundary && d.councilDistricts.length === 1)
          .map((d) => [d.councilDistricts[0], area(d.boundary!)]),
      );
      this.areas.set(directory, areas);
    }
    return areas;
  }
}

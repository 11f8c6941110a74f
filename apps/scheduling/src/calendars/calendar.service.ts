import { Injectable } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import type { CalendarDocument, CalendarRequest } from '#libs/contracts';
import { EngagementRepository, type EngagementCriteria } from '../engagements/engagement.repository.js';
import { OrganizationReferenceService } from '../organizations/organization-reference.service.js';
import { engagementCalendar } from './engagement-calendar.js';

/** How far back a feed reaches, and how many events it holds at most. */
const FEED_PAST_DAYS = 365;
const FEED_MAX_EVENTS = 5000;

@Injectable()
export class CalendarService {
  constructor(
    private readonly engagements: EngagementRepository,
    private readonly organizations: OrganizationReferenceService,
  ) {}

  async feed(request: CalendarRequest): Promise<CalendarDocument> {
    // Drafts are never public: no bureau is called ''.
    const criteria: EngagementCriteria = { draftsOf: '', from: new Date(Date.now() - FEED_PAST_DAYS * 86_400_000) };
    const directory = await this.organizations.directory();
    let name = 'City of Portland community engagements';
    if (request.feed === 'bureau') {
      criteria.bureau = request.of;
      name = `${request.of} community engagements`;
    } else if (request.feed === 'district') {
      criteria.district = request.of;
      name = `Council district ${request.of} community engagements`;
    } else if (request.feed === 'organization') {
      const organization = directory.find(request.of ?? '');
      if (!organization) throw new RpcException({ status: 404, message: `no organization has slug "${request.of}"` });
      criteria.organizationIds = directory.withMembers(organization);
      name = `Community engagements with ${organization.name}`;
    }
    const engagements = await this.engagements.page(criteria, null, FEED_MAX_EVENTS);
    return { ics: engagementCalendar(name, engagements, (id) => directory.get(id)?.name) };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { fieldError, type FieldError, type SlotSuggestions, type SuggestionRequest } from '#libs/contracts';
import { badRequest } from '#libs/messaging';
import { CITY_TIME_ZONE } from '../engagements/engagement-times.js';
import { EngagementRepository } from '../engagements/engagement.repository.js';
import { OrganizationReferenceService } from '../organizations/organization-reference.service.js';
import { DataSource } from 'typeorm';
import { CoordinationService } from './coordination.service.js';
import { kindOf, reachKey, reachKeysOf, valueOf } from './reach.js';
import { suggestSlots } from './slot-suggestions.js';

/** The longest period suggestions search, so one request stays cheap. */
const MAX_DAYS = 92;

@Injectable()
export class SuggestionService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly engagements: EngagementRepository,
    private readonly organizations: OrganizationReferenceService,
    private readonly coordination: CoordinationService,
  ) {}

  async suggest(request: SuggestionRequest): Promise<SlotSuggestions> {
    const from = new Date(request.from);
    const to = new Date(request.to);
    const problems: FieldError[] = [];
    if (to.getTime() - from.getTime() > MAX_DAYS * 86_400_000) problems.push(fieldError('to', 'maxPeriod', `suggestions cover at most ${MAX_DAYS} days`));
    const bureau = request.actor.role === 'bureau' ? request.actor.bureauCode : request.bureau;
    if (!bureau) problems.push(fieldError('bureau', 'isDefined', 'bureau is required from coordinator and admin keys'));
    const directory = await this.organizations.directory();
    const audience = request.audience.split(',').map((ref) => ({ ref, found: directory.find(ref) }));
    for (const { ref } of audience.filter((a) => !a.found)) problems.push(fieldError('audience', 'isKnownOrganization', `no organization has id or slug "${ref}"`));
    if (problems.length > 0) throw badRequest(problems);

    const ids = audience.map((a) => a.found!.id);
    const keys = reachKeysOf(
      { lat: null, lon: null, address: 'to be decided', neighborhoodIds: [], locationDistricts: [], audienceOrganizationIds: ids, audienceDistricts: [], communityTags: [] },
      (id) => directory.get(id),
    );
    const { conflicts, fatigue } = this.coordination;
    const manager = this.dataSource.manager;
    const near = conflicts.window({ startsAt: from, endsAt: to });
    const scheduled = await this.engagements.reaching(manager, keys, near.from, near.to, ['scheduled']);
    const communities = [...new Set(keys.filter((k) => kindOf(k) === 'org' || kindOf(k) === 'nbhd').map(valueOf))];
    const sightings = new Map<string, Array<{ id: string; bureau: string; startsAt: Date }>>();
    for (const id of communities) {
      const found = await this.engagements.reaching(
        manager,
        [reachKey.organization(id), reachKey.neighborhood(id)],
        new Date(from.getTime() - fatigue.windowMs),
        new Date(to.getTime() + fatigue.windowMs),
        ['scheduled', 'held', 'closed'],
      );
      sightings.set(id, found);
    }
    const slots = suggestSlots(
      { from, to, durationMinutes: request.duration, bureau: bureau!, keys, scheduled, sightings, timeZone: CITY_TIME_ZONE, limit: request.limit ?? 5 },
      conflicts,
      fatigue,
    );
    return { slots };
  }
}

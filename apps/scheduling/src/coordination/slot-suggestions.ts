import { DateTime } from 'luxon';
import type { SuggestedSlot } from '#libs/contracts';
import type { ConflictDetector } from './conflict-detector.js';
import type { FatigueDetector, FatigueSighting } from './fatigue-detector.js';
import type { Reach } from './reach.js';

export interface SlotSearch {
  from: Date;
  to: Date;
  durationMinutes: number;
  bureau: string;
  /** Who the engagement would reach. */
  keys: string[];
  /** Scheduled engagements near the period that could conflict. */
  scheduled: Reach[];
  /** Per community (organization id): engagements reaching it near the period. */
  sightings: Map<string, FatigueSighting[]>;
  timeZone: string;
  limit: number;
  /** Local hours a start may take, and the hour it must end by. */
  firstStartHour?: number;
  endByHour?: number;
  stepMinutes?: number;
}

/**
 * Start times in the period, on the half hour between 9:00 and an end by 21:00 local time, that
 * create no conflict and no fatigue; those whose communities are least asked lately come first.
 */
export function suggestSlots(search: SlotSearch, conflicts: ConflictDetector, fatigue: FatigueDetector): SuggestedSlot[] {
  const { firstStartHour = 9, endByHour = 21, stepMinutes = 30 } = search;
  const found: SuggestedSlot[] = [];
  let day = DateTime.fromJSDate(search.from, { zone: search.timeZone }).startOf('day');
  const last = DateTime.fromJSDate(search.to, { zone: search.timeZone });
  for (; day <= last; day = day.plus({ days: 1 })) {
    const endBy = day.set({ hour: endByHour });
    for (let start = day.set({ hour: firstStartHour }); start.plus({ minutes: search.durationMinutes }) <= endBy; start = start.plus({ minutes: stepMinutes })) {
      const startsAt = start.toJSDate();
      const endsAt = start.plus({ minutes: search.durationMinutes }).toJSDate();
      if (startsAt < search.from || endsAt > search.to) continue;
      const subject = { id: 'suggestion', bureau: search.bureau, startsAt, endsAt, keys: search.keys };
      if (conflicts.detect(subject, search.scheduled).length > 0) continue;
      let nearby = 0;
      let fatigued = false;
      for (const sightings of search.sightings.values()) {
        if (fatigue.detect({ id: 'suggestion', bureau: search.bureau, startsAt }, sightings)) fatigued = true;
        nearby += sightings.filter((s) => Math.abs(s.startsAt.getTime() - startsAt.getTime()) < fatigue.windowMs).length;
      }
      if (!fatigued) found.push({ startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), nearbyEngagements: nearby });
    }
  }
  return found.sort((a, b) => a.nearbyEngagements - b.nearbyEngagements || a.startsAt.localeCompare(b.startsAt)).slice(0, search.limit);
}

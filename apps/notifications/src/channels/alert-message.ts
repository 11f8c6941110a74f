import { DateTime } from 'luxon';
import type {
  AudienceSummary,
  ConflictDetectedV1,
  ConflictResolvedV1,
  ConflictTriagedV1,
  EngagementChangedV1,
  EngagementSummary,
  FatigueDetectedV1,
  FatigueTriagedV1,
  ReportBackOverdueV1,
  ReportBackPublishedV1,
} from '#libs/contracts';

/** Times in messages are the city's. */
export const CITY_TIME_ZONE = 'America/Los_Angeles';

export interface AlertMessage {
  subject: string;
  /** Paragraphs of plain text. */
  paragraphs: string[];
}

export function cityTime(iso: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' }).setZone(CITY_TIME_ZONE).toFormat("ccc d LLL yyyy, h:mm a ZZZZ");
}

/** "Tue 1 Dec 2026, 6:00 PM PST to 8:00 PM", the end's date only when it differs. */
export function cityTimeRange(startIso: string, endIso: string): string {
  const start = DateTime.fromISO(startIso, { zone: 'utc' }).setZone(CITY_TIME_ZONE);
  const end = DateTime.fromISO(endIso, { zone: 'utc' }).setZone(CITY_TIME_ZONE);
  const endText = start.hasSame(end, 'day') ? end.toFormat('h:mm a') : end.toFormat('ccc d LLL yyyy, h:mm a');
  return `${start.toFormat('ccc d LLL yyyy, h:mm a ZZZZ')} to ${endText}`;
}

function engagementLine(e: EngagementSummary): string {
  const where = e.address ?? (e.onlineUrl ? `online (${e.onlineUrl})` : 'place to be announced');
  return `${e.bureau}: "${e.title}" (${e.kind.replace(/_/g, ' ')}), ${cityTimeRange(e.startsAt, e.endsAt)}, ${where}`;
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function audienceText(a: AudienceSummary): string {
  const parts = [
    ...a.organizations.map((o) => o.name),
    ...(a.councilDistricts.length ? [`council district${a.councilDistricts.length > 1 ? 's' : ''} ${list(a.councilDistricts)}`] : []),
    ...a.communityTags,
  ];
  return parts.length ? list(parts) : 'no audience named';
}

type Renderer = (data: never) => AlertMessage;

const renderers: Record<string, Renderer> = {
  'coordination.conflict.detected': (d: ConflictDetectedV1) => ({
    subject: `Conflict (${d.severity}): ${list(d.engagements.map((e) => `${e.bureau} "${e.title}"`))}`,
    paragraphs: [
      `Two engagements reach the same people at the same time. Severity: ${d.severity}.`,
      ...d.engagements.map(engagementLine),
      `Shared audience: ${audienceText(d.sharedAudience)}.`,
      ...(d.reasons.length ? [`Why: ${d.reasons.join('; ')}.`] : []),
      `Consider moving one of them or holding them together.`,
    ],
  }),
  'coordination.conflict.resolved': (d: ConflictResolvedV1) => ({
    subject: `Conflict resolved (${d.resolution.replace(/_/g, ' ')}): ${list(d.engagements.map((e) => `${e.bureau} "${e.title}"`))}`,
    paragraphs: [`The conflict between these engagements is resolved: ${d.resolution.replace(/_/g, ' ')}.`, ...d.engagements.map(engagementLine)],
  }),
  'coordination.fatigue.detected': (d: FatigueDetectedV1) => ({
    subject: `Engagement fatigue: ${d.organizationName} asked by ${d.bureaus.length} bureaus in ${d.windowDays} days`,
    paragraphs: [
      `${d.organizationName} is being reached by ${list(d.bureaus)}: ${d.engagements.length} engagements within ${d.windowDays} days (the limit is ${d.threshold}).`,
      ...d.engagements.map(engagementLine),
      d.suggestion,
    ],
  }),
  'coordination.reportback.overdue': (d: ReportBackOverdueV1) => ({
    subject: `Report-back overdue: ${d.engagement.bureau} "${d.engagement.title}" (${d.daysSinceHeld} days)`,
    paragraphs: [
      `${d.engagement.bureau} held "${d.engagement.title}" on ${cityTime(d.heldAt)}, ${d.daysSinceHeld} days ago, and has not yet reported back to the community (notice ${d.notice}).`,
      `Audience waiting to hear back: ${audienceText(d.engagement.audience)}.`,
    ],
  }),
  'feedback.response.published': (d: ReportBackPublishedV1) => ({
    subject: `What we heard and what we did: ${d.engagement.bureau} "${d.engagement.title}"`,
    paragraphs: [
      `${d.engagement.bureau} reports back on "${d.engagement.title}" (${cityTimeRange(d.engagement.startsAt, d.engagement.endsAt)}).`,
      `What we heard: ${d.whatWeHeard}`,
      `What we did: ${d.whatWeDid}`,
      ...d.themes.map((t) => `${t.theme}: ${t.status.replace(/_/g, ' ')}. ${t.response}${t.reason ? ` (${t.reason})` : ''}`),
      ...(d.reportUrl ? [`The full report: ${d.reportUrl}`] : []),
    ],
  }),
};

function engagementMessage(verb: string): Renderer {
  return (d: EngagementChangedV1) => ({
    subject: `Engagement ${verb}: ${d.engagement.bureau} "${d.engagement.title}"`,
    paragraphs: [`${d.engagement.bureau} ${verb} an engagement.`, engagementLine(d.engagement), `Audience: ${audienceText(d.engagement.audience)}.`],
  });
}

for (const [type, verb] of [
  ['engagement.scheduled', 'scheduled'],
  ['engagement.updated', 'changed'],
  ['engagement.cancelled', 'cancelled'],
  ['engagement.postponed', 'postponed'],
  ['engagement.held', 'held'],
] as const) {
  renderers[type] = engagementMessage(verb);
}

/** What a coordinator did with an alert, in the words a colleague reads it in. */
function triageStep(d: ConflictTriagedV1 | FatigueTriagedV1): string {
  const who = d.assigneeName ?? d.assignee;
  switch (d.action) {
    case 'acknowledged':
      return 'A coordinator is looking at it.';
    case 'resolved':
      return `A coordinator resolved it${d.note ? `: ${d.note}` : '.'}`;
    case 'reopened':
      return 'A coordinator reopened it.';
    case 'redetected':
      return 'It was found again, so it is open again.';
    case 'assigned':
      return who ? `It is now assigned to ${who}.` : 'It is no longer assigned to anyone.';
  }
}

for (const action of ['acknowledged', 'resolved', 'reopened', 'assigned'] as const) {
  renderers[`coordination.conflict.triage.${action}`] = (d: ConflictTriagedV1) => ({
    subject: `Conflict ${action}: ${list(d.engagements.map((e) => `${e.bureau} "${e.title}"`))}`,
    paragraphs: [triageStep(d), ...d.engagements.map(engagementLine)],
  });
  renderers[`coordination.fatigue.triage.${action}`] = (d: FatigueTriagedV1) => ({
    subject: `Engagement fatigue ${action}: ${d.organizationName}`,
    paragraphs: [`${d.organizationName} is being asked too often. ${triageStep(d)}`, ...d.engagements.map(engagementLine)],
  });
}

/** The alert in plain words; an event type without its own template still says what happened and to whom. */
export function alertMessage(eventType: string, data: Record<string, unknown>): AlertMessage {
  const render = renderers[eventType];
  if (render) {
    try {
      return render(data as never);
    } catch {
      // A payload from a newer version than this template knows: fall through to the plain form.
    }
  }
  const scope = data.scope as { bureaus?: string[]; councilDistricts?: string[]; severity?: string } | undefined;
  const words = eventType.replace(/\./g, ' ');
  return {
    subject: `Alert: ${words}`,
    paragraphs: [
      `A ${words} alert${scope?.severity ? ` (severity ${scope.severity})` : ''}.`,
      ...(scope?.bureaus?.length ? [`Bureaus: ${list(scope.bureaus)}.`] : []),
      ...(scope?.councilDistricts?.length ? [`Council districts: ${list(scope.councilDistricts)}.`] : []),
    ],
  };
}

import type { EngagementListQuery } from '../api/models';

// The enums come from the generated schema; only their words for people are written here.
type Kind = NonNullable<EngagementListQuery['kind']>;
type Status = NonNullable<EngagementListQuery['status']>;
type Accessibility = NonNullable<EngagementListQuery['accessibility']>;

export const KIND_LABELS: Record<Kind, string> = {
  listening_session: 'Listening session',
  open_house: 'Open house',
  workshop: 'Workshop',
  survey: 'Survey',
  tabling: 'Tabling',
  public_hearing: 'Public hearing',
  online_forum: 'Online forum',
  walking_tour: 'Walking tour',
  other: 'Other',
};

export const STATUS_LABELS: Record<Status, string> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  postponed: 'Postponed',
  held: 'Held',
  closed: 'Closed',
  cancelled: 'Cancelled',
};

export const ACCESSIBILITY_LABELS: Record<Accessibility, string> = {
  accessibleVenue: 'Accessible venue',
  asl: 'ASL interpretation',
  captioning: 'Live captioning',
  childcare: 'Childcare',
  food: 'Food provided',
  nearTransit: 'Near transit',
  stipends: 'Participant stipends',
};

/** Portland's council districts since 2025. */
export const COUNCIL_DISTRICTS = ['1', '2', '3', '4'];

/** Languages staff most often offer in Portland, as BCP 47 tags; any other can be typed in the URL. */
export const COMMON_LANGUAGES = ['en', 'es', 'vi', 'zh', 'ru', 'uk', 'so', 'ar', 'ko', 'ja', 'ro', 'chk', 'ne', 'fa'];

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

export function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export const kindLabel = (kind: string): string => KIND_LABELS[kind as Kind] ?? kind;
export const statusLabel = (status: string): string => STATUS_LABELS[status as Status] ?? status;

export const isKind = (value: string): value is Kind => value in KIND_LABELS;
export const isStatus = (value: string): value is Status => value in STATUS_LABELS;
export const isAccessibility = (value: string): value is Accessibility => value in ACCESSIBILITY_LABELS;

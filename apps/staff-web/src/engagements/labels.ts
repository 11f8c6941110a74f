import type { EngagementListQuery } from '../api/models';
import { i18n, LANGUAGE } from '../i18n';

// The enums come from the generated schema; their words for people are in en.json.
export type Kind = NonNullable<EngagementListQuery['kind']>;
export type Status = NonNullable<EngagementListQuery['status']>;
export type Accessibility = NonNullable<EngagementListQuery['accessibility']>;

// Records, so that a value the schema gains and this list lacks fails to compile.
const kinds: Record<Kind, true> = {
  listening_session: true,
  open_house: true,
  workshop: true,
  survey: true,
  tabling: true,
  public_hearing: true,
  online_forum: true,
  walking_tour: true,
  other: true,
};
const statuses: Record<Status, true> = { draft: true, scheduled: true, postponed: true, held: true, closed: true, cancelled: true };
const features: Record<Accessibility, true> = { accessibleVenue: true, asl: true, captioning: true, childcare: true, food: true, nearTransit: true, stipends: true };

export const KINDS = Object.keys(kinds) as Kind[];
export const STATUSES = Object.keys(statuses) as Status[];
export const ACCESSIBILITY_FEATURES = Object.keys(features) as Accessibility[];

/** Portland's council districts since 2025. */
export const COUNCIL_DISTRICTS = ['1', '2', '3', '4'];

/** Languages staff most often offer in Portland, as BCP 47 tags; any other can be typed in the URL. */
export const COMMON_LANGUAGES = ['en', 'es', 'vi', 'zh', 'ru', 'uk', 'so', 'ar', 'ko', 'ja', 'ro', 'chk', 'ne', 'fa'];

const languageNames = new Intl.DisplayNames([LANGUAGE], { type: 'language', fallback: 'code' });

export function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export const isKind = (value: string): value is Kind => value in kinds;
export const isStatus = (value: string): value is Status => value in statuses;
export const isAccessibility = (value: string): value is Accessibility => value in features;

const t = i18n.getFixedT(null, 'engagements');
export const kindLabel = (kind: string): string => (isKind(kind) ? t(`kind.${kind}`) : kind);
export const statusLabel = (status: string): string => (isStatus(status) ? t(`status.${status}`) : status);
export const accessibilityLabel = (feature: Accessibility): string => t(`accessibility.${feature}`);
export const districtName = (district: string): string => t('districtName', { district });

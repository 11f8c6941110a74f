import { v7 as uuidv7 } from 'uuid';
import type { CommentInput, CommentRecord, CommentSource } from '#libs/contracts';
import { redact } from '../synthesis/redaction.js';
import { detectLanguage } from './language.js';
import { Comment } from './comment.entity.js';

/** Where a point or a named neighborhood lies, as far as the service's copy of the registry knows. */
export interface PlaceResolution {
  neighborhood: string | null;
  councilDistrict: string | null;
}

export type PlaceResolver = (input: { lat?: number; lon?: number; neighborhood?: string }) => PlaceResolution;

export const unresolvedPlace: PlaceResolver = (input) => ({ neighborhood: input.neighborhood ?? null, councilDistrict: null });

/**
 * Turns a validated input into the stored comment: text redacted for synthesis, language detected when not given,
 * demographics dropped unless the commenter consented.
 */
export function commentFrom(
  input: CommentInput,
  context: { bureau: string; batchId: string; receivedAt: Date; defaultSource?: CommentSource; engagementId?: string },
  resolvePlace: PlaceResolver = unresolvedPlace,
): Comment {
  const place = resolvePlace({ lat: input.location?.lat, lon: input.location?.lon, neighborhood: input.neighborhood });
  return Object.assign(new Comment(), {
    id: uuidv7(),
    bureau: context.bureau,
    engagementId: input.engagementId ?? context.engagementId ?? null,
    source: input.source ?? context.defaultSource ?? 'other',
    redactedText: redact(input.text).text,
    originalText: input.text,
    language: input.language ?? detectLanguage(input.text),
    languageDetected: !input.language,
    submittedAt: input.submittedAt ? new Date(input.submittedAt) : context.receivedAt,
    lat: input.location?.lat ?? null,
    lon: input.location?.lon ?? null,
    neighborhood: place.neighborhood,
    councilDistrict: place.councilDistrict,
    demographics: input.demographicsConsent === true && input.demographics ? input.demographics : null,
    externalId: input.externalId ?? null,
    batchId: context.batchId,
    receivedAt: context.receivedAt,
  } satisfies Comment);
}

/** Where each comment of a request sits, to name what is wrong with it: `comments.3.engagementId`, `row 4.engagementId`. */
export interface CommentLocator {
  item(index: number): string;
  field(index: number, name: string): string;
}

/** Comments in a request's `comments` array. */
export const inCommentsArray: CommentLocator = {
  item: (index) => `comments.${index}`,
  field: (index, name) => `comments.${index}.${name}`,
};

/** What is wrong with one comment of a request. */
export interface CommentProblem {
  index: number;
  field: string;
  message: string;
}


/** An externalId names one comment: a batch that gives one twice is refused, naming each repeat. */
export function repeatedExternalIds(inputs: readonly { externalId?: string }[], at: CommentLocator): CommentProblem[] {
  const first = new Map<string, number>();
  const problems: CommentProblem[] = [];
  inputs.forEach((input, index) => {
    if (input.externalId === undefined) return;
    const seen = first.get(input.externalId);
    if (seen === undefined) first.set(input.externalId, index);
    else problems.push({ index, field: 'externalId', message: `externalId "${input.externalId}" is given twice in one batch (also ${at.item(seen)}); each comment needs its own` });
  });
  return problems;
}

/** The comment as the API shows it; personal data only when the caller's role may see it. */
export function recordOf(comment: Comment, includePersonalData: boolean): CommentRecord {
  return {
    id: comment.id,
    bureau: comment.bureau,
    engagementId: comment.engagementId,
    source: comment.source,
    text: comment.redactedText,
    language: comment.language,
    languageDetected: comment.languageDetected,
    submittedAt: comment.submittedAt.toISOString(),
    neighborhood: comment.neighborhood,
    councilDistrict: comment.councilDistrict,
    batchId: comment.batchId,
    ...(includePersonalData ? { originalText: comment.originalText, demographics: comment.demographics } : {}),
  };
}

export function newBatchId(): string {
  return uuidv7();
}

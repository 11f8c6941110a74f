import type { GivenThemeInput } from '#libs/contracts';
import { assignToGivenThemes, type AssignmentEmbeddings } from '../synthesis/theme-assignment.js';
import { synthesizeThemes, type ThemeSynthesis } from '../synthesis/theme-synthesis.js';
import type { StoredTheme, SynthesisResult } from './synthesis.entity.js';

export interface ScopedComment {
  id: string;
  text: string;
  bureau: string;
  neighborhood: string | null;
  councilDistrict: string | null;
}

export interface JobOutcome {
  result: SynthesisResult;
  assignments: { commentId: string; themeKey: number | null; confidence: number }[];
  otherCount: number;
}

/** Fewer comments than this make no themes; they all stay in "other". */
const MIN_COMMENTS = 6;

/**
 * Runs a synthesis on the comments of a scope and adds where each theme's comments come from. Sentence embeddings,
 * when given, sharpen assignment to staff-given themes.
 */
export function runSynthesisJob(comments: readonly ScopedComment[], givenThemes: readonly GivenThemeInput[] | null, embeddings?: AssignmentEmbeddings): JobOutcome {
  const texts = comments.map((c) => ({ id: c.id, text: c.text }));
  let synthesis: ThemeSynthesis;
  if (givenThemes?.length) synthesis = assignToGivenThemes(texts, givenThemes, {}, embeddings);
  else if (comments.length >= MIN_COMMENTS) synthesis = synthesizeThemes(texts);
  else synthesis = { themes: [], other: texts.map((t) => ({ commentId: t.id, confidence: 0 })), method: { themeCount: 0, chosenBy: `fewer than ${MIN_COMMENTS} comments`, scores: [], lsaDimensions: 0, terms: 0 }, idf: {} };
  const byId = new Map(comments.map((c) => [c.id, c]));
  const themes: StoredTheme[] = synthesis.themes.map((theme, key) => {
    const councilDistricts: Record<string, number> = {};
    const neighborhoods: Record<string, number> = {};
    for (const m of theme.members) {
      const c = byId.get(m.commentId);
      const district = c?.councilDistrict ?? 'unknown';
      const neighborhood = c?.neighborhood ?? 'unknown';
      councilDistricts[district] = (councilDistricts[district] ?? 0) + 1;
      neighborhoods[neighborhood] = (neighborhoods[neighborhood] ?? 0) + 1;
    }
    return {
      key,
      label: theme.label,
      keyphrases: theme.keyphrases,
      size: theme.size,
      share: theme.share,
      quotes: theme.quotes,
      sentiment: theme.sentiment,
      councilDistricts,
      neighborhoods,
      signature: theme.signature,
    };
  });
  const assignments = [
    ...synthesis.themes.flatMap((theme, key) => theme.members.map((m) => ({ commentId: m.commentId, themeKey: key as number | null, confidence: m.confidence }))),
    ...synthesis.other.map((m) => ({ commentId: m.commentId, themeKey: null, confidence: m.confidence })),
  ];
  const { themeCount, chosenBy, scores } = synthesis.method;
    const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))].sort();
  return {
    result: {
      themes,
      method: { themeCount, chosenBy, scores },
      idf: synthesis.idf,
      bureaus: distinct(comments.map((c) => c.bureau)),
      councilDistricts: distinct(comments.map((c) => c.councilDistrict)),
    },
    assignments,
    otherCount: synthesis.other.length,
  };
}

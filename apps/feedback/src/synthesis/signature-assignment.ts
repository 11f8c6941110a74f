import { analyzeText } from './text-analysis.js';
import type { CommentText } from './theme-synthesis.js';

/** What a finished synthesis keeps of each theme to place later comments without its original corpus. */
export interface ThemeSignature {
  readonly key: number;
  readonly signature: Record<string, number>;
}

export interface SignatureAssignment {
  readonly commentId: string;
  /** null when the comment fits no theme well enough. */
  readonly themeKey: number | null;
  readonly confidence: number;
}

type Weights = Map<string, number>;

function weigh(terms: readonly string[], idf: Record<string, number>, unknownIdf: number): Weights {
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  const weights: Weights = new Map();
  let norm = 0;
  for (const [term, count] of counts) {
    const w = (1 + Math.log(count)) * (idf[term] ?? unknownIdf);
    weights.set(term, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [term, w] of weights) weights.set(term, w / norm);
  return weights;
}

/**
 * Places comments that arrived after a synthesis on its themes: sublinear TF-IDF with the synthesis' own idf,
 * cosine to each theme's signature; below `minSimilarity` the comment stays unassigned.
 */
export function assignToSignatures(
  comments: readonly CommentText[],
  themes: readonly ThemeSignature[],
  idf: Record<string, number>,
  minSimilarity = 0.15,
): SignatureAssignment[] {
  const unknownIdf = Math.max(1, ...Object.values(idf));
  return comments.map((comment) => {
    const weights = weigh(analyzeText(comment.text).terms, idf, unknownIdf);
    let best: { key: number; similarity: number } | null = null;
    for (const theme of themes) {
      let similarity = 0;
      for (const [term, w] of weights) similarity += w * (theme.signature[term] ?? 0);
      if (!best || similarity > best.similarity) best = { key: theme.key, similarity };
    }
    const confidence = Math.round(Math.max(0, best?.similarity ?? 0) * 1e4) / 1e4;
    return { commentId: comment.id, themeKey: best && best.similarity >= minSimilarity ? best.key : null, confidence };
  });
}

/** What unassigned comments have in common: their most weighty shared terms and the comments most like the rest. */
export function describeUnassigned(comments: readonly CommentText[], idf: Record<string, number>, count = 5): { keyphrases: string[]; sampleQuotes: string[] } {
  const unknownIdf = Math.max(1, ...Object.values(idf));
  const analyzed = comments.map((c) => analyzeText(c.text));
  const vectors = analyzed.map((a) => weigh(a.terms, idf, unknownIdf));
  const centre: Weights = new Map();
  const documents = new Map<string, number>();
  vectors.forEach((v) => {
    for (const [t, w] of v) {
      centre.set(t, (centre.get(t) ?? 0) + w);
      documents.set(t, (documents.get(t) ?? 0) + 1);
    }
  });
  const surface = new Map<string, string>();
  analyzed.forEach((a) => a.terms.forEach((t, i) => surface.has(t) || surface.set(t, a.surfaces[i])));
  // A keyphrase is shared: a word of one comment only is not a theme.
  const keyphrases = [...centre.entries()]
    .filter(([t]) => (documents.get(t) ?? 0) >= Math.min(2, comments.length))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, count)
    .map(([t]) => surface.get(t) ?? t);
  const central = vectors
    .map((v, i) => ({ i, s: [...v].reduce((sum, [t, w]) => sum + w * (centre.get(t) ?? 0), 0) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, 3)
    .map(({ i }) => comments[i].text);
  return { keyphrases, sampleQuotes: central };
}

import { analyzeText, type AnalyzedText } from './text-analysis.js';
import { TfIdfModel, type SparseVector } from './tf-idf.js';
import { LsaProjection } from './lsa.js';
import { clusterPoints, cosine, sample, silhouette, unitLength, type Partition } from './clustering.js';

/** A comment as synthesis sees it: its id and its already-redacted text. */
export interface CommentText {
  readonly id: string;
  readonly text: string;
}

export interface SynthesisOptions {
  readonly seed?: number;
  readonly minThemes?: number;
  readonly maxThemes?: number;
  /** A theme smaller than this is dissolved into "other". */
  readonly minThemeSize?: number;
  /** Comments less similar than this to their theme's centre go to "other". */
  readonly otherThreshold?: number;
  readonly quotesPerTheme?: number;
  readonly lsaDimensions?: number;
  /** k is chosen on at most this many comments; the rest are assigned to the chosen themes. */
  readonly selectionSample?: number;
}

export interface ThemeMember {
  readonly commentId: string;
  /** Cosine similarity of the comment to its theme's centre, 0..1. */
  readonly confidence: number;
}

export interface SentimentMix {
  readonly positive: number;
  readonly neutral: number;
  readonly negative: number;
}

export interface SynthesizedTheme {
  readonly label: string;
  readonly keyphrases: string[];
  readonly size: number;
  readonly share: number;
  readonly quotes: { commentId: string; text: string }[];
  readonly sentiment: SentimentMix;
  readonly members: ThemeMember[];
  /** The theme's centre as weighted terms, so later comments can be assigned without the original corpus. */
  readonly signature: Record<string, number>;
}

export interface ThemeSynthesis {
  readonly themes: SynthesizedTheme[];
  readonly other: ThemeMember[];
  readonly method: { themeCount: number; chosenBy: string; scores: { k: number; silhouette: number }[]; lsaDimensions: number; terms: number };
  /** Inverse document frequencies of the signature terms. */
  readonly idf: Record<string, number>;
}

const DEFAULTS = {
  seed: 42,
  minThemes: 2,
  maxThemes: 15,
  minThemeSize: 3,
  otherThreshold: 0.2,
  quotesPerTheme: 5,
  lsaDimensions: 20,
  selectionSample: 2000,
};

/** Prepared representation of a set of comments, shared by synthesis and by assignment to given themes. */
export interface CommentSpace {
  readonly analyzed: AnalyzedText[];
  readonly model: TfIdfModel;
  readonly vectors: SparseVector[];
  readonly points: number[][];
  readonly lsa: LsaProjection;
}

export function buildCommentSpace(texts: readonly string[], lsaDimensions: number, seed: number, extraTexts: readonly string[] = []): CommentSpace & { extra: { analyzed: AnalyzedText[]; vectors: SparseVector[]; points: number[][] } } {
  const analyzed = texts.map(analyzeText);
  const extraAnalyzed = extraTexts.map(analyzeText);
  const model = TfIdfModel.fit([...analyzed, ...extraAnalyzed].map((a) => a.terms));
  const vectors = analyzed.map((a) => model.transform(a.terms));
  const extraVectors = extraAnalyzed.map((a) => model.transform(a.terms));
  const lsa = LsaProjection.fit([...vectors, ...extraVectors], Math.max(1, model.size), lsaDimensions, seed);
  const points = vectors.map((v) => Array.from(lsa.project(v)));
  const extraPoints = extraVectors.map((v) => Array.from(lsa.project(v)));
  return { analyzed, model, vectors, points, lsa, extra: { analyzed: extraAnalyzed, vectors: extraVectors, points: extraPoints } };
}

/**
 * Groups comments into themes. Representation: lemmatized content words and bigrams, sublinear TF-IDF,
 * LSA. Number of themes: the k in [minThemes, maxThemes] with the best mean cosine silhouette of a seeded
 * spherical k-means. Comments far from every theme centre, and themes too small to stand, go to "other".
 */
export function synthesizeThemes(comments: readonly CommentText[], options: SynthesisOptions = {}): ThemeSynthesis {
  const o = { ...DEFAULTS, ...options };
  const space = buildCommentSpace(
    comments.map((c) => c.text),
    o.lsaDimensions,
    o.seed,
  );
  const usable = space.points.map((p, i) => (p.some((v) => v !== 0) ? i : -1)).filter((i) => i >= 0);
  // Rule of thumb k <= sqrt(n/2) keeps silhouette, which keeps rising on sparse text, from splitting themes into fragments.
  const maxK = Math.min(o.maxThemes, Math.ceil(Math.sqrt(usable.length / 2)), Math.floor(usable.length / Math.max(1, o.minThemeSize)));
  if (maxK < Math.max(1, o.minThemes)) {
    return emptySynthesis(comments, space);
  }
  const selection = sample(usable.length, o.selectionSample, o.seed).map((i) => usable[i]);
  const selectionPoints = selection.map((i) => space.points[i]);
  const scores: { k: number; silhouette: number }[] = [];
  let best: Partition | undefined;
  let bestScore = -Infinity;
  for (let k = Math.max(2, o.minThemes); k <= maxK; k++) {
    const partition = clusterPoints(selectionPoints, k, o.seed);
    const score = silhouette(selectionPoints, partition.assignments, k, 1000, o.seed);
    scores.push({ k, silhouette: round(score) });
    if (score > bestScore) {
      bestScore = score;
      best = partition;
    }
  }
  if (!best) return emptySynthesis(comments, space);
  const centroids = refine(space.points, usable, best.centroids);
  const placements = space.points.map((point) => {
    const nearest = nearestCentroid(point, centroids);
    return { theme: nearest.index, similarity: Number.isFinite(nearest.similarity) ? nearest.similarity : 0 };
  });
  return describeThemes(comments, space, placements, centroids.length, o, { themeCount: best.k, chosenBy: 'silhouette', scores });
}

/** Assigns every usable comment to its nearest centroid and recomputes the centroids a few times. */
function refine(points: number[][], usable: number[], start: number[][]): number[][] {
  let centroids = start.map((c) => unitLength([...c]));
  for (let iteration = 0; iteration < 3; iteration++) {
    const sums = centroids.map((c) => new Array<number>(c.length).fill(0));
    for (const i of usable) {
      const nearest = nearestCentroid(points[i], centroids).index;
      const point = points[i];
      for (let d = 0; d < point.length; d++) sums[nearest][d] += point[d];
    }
    centroids = sums.map((s, c) => (s.some((v) => v !== 0) ? unitLength(s) : centroids[c]));
  }
  return centroids;
}

export function nearestCentroid(point: ArrayLike<number>, centroids: ArrayLike<number>[]): { index: number; similarity: number } {
  let index = 0;
  let similarity = -Infinity;
  centroids.forEach((centroid, c) => {
    const s = cosine(point, centroid);
    if (s > similarity) {
      similarity = s;
      index = c;
    }
  });
  return { index, similarity };
}

export interface Placement {
  /** Index of the theme the comment is closest to. */
  readonly theme: number;
  readonly similarity: number;
}

export type ResolvedSynthesisOptions = typeof DEFAULTS;

export function resolveOptions(options: SynthesisOptions): ResolvedSynthesisOptions {
  return { ...DEFAULTS, ...options };
}

/** Turns placements into described themes: members, other, keyphrases, label, quotes, sentiment, signature. */
export function describeThemes(
  comments: readonly CommentText[],
  space: CommentSpace,
  placements: readonly Placement[],
  themeCount: number,
  o: ResolvedSynthesisOptions,
  method: { themeCount: number; chosenBy: string; scores: { k: number; silhouette: number }[] },
  labels?: readonly string[],
): ThemeSynthesis {
  const groups: { index: number; similarity: number }[][] = Array.from({ length: themeCount }, () => []);
  const other: ThemeMember[] = [];
  placements.forEach((placement, i) => {
    if (placement.similarity < o.otherThreshold) other.push({ commentId: comments[i].id, confidence: round(Math.max(0, placement.similarity)) });
    else groups[placement.theme].push({ index: i, similarity: placement.similarity });
  });
  const themes: SynthesizedTheme[] = [];
  groups.forEach((group, c) => {
    if (!labels && group.length < o.minThemeSize) {
      for (const m of group) other.push({ commentId: comments[m.index].id, confidence: round(m.similarity) });
      return;
    }
    const keyphrases = topKeyphrases(space, group.map((m) => m.index), 8);
    const byCentrality = [...group].sort((a, b) => b.similarity - a.similarity || a.index - b.index);
    themes.push({
      label: labels?.[c] ?? keyphrases.slice(0, 3).join(', '),
      keyphrases,
      size: group.length,
      share: comments.length ? round(group.length / comments.length) : 0,
      quotes: pickQuotes(comments, byCentrality, o.quotesPerTheme),
      sentiment: sentimentMix(group.map((m) => space.analyzed[m.index].sentiment)),
      members: byCentrality.map((m) => ({ commentId: comments[m.index].id, confidence: round(Math.min(1, m.similarity)) })),
      signature: signatureOf(space, group.map((m) => m.index)),
    });
  });
  if (!labels) themes.sort((a, b) => b.size - a.size || (a.label < b.label ? -1 : 1));
  other.sort((a, b) => (a.commentId < b.commentId ? -1 : 1));
  const idf: Record<string, number> = {};
  for (const theme of themes) for (const term of Object.keys(theme.signature)) idf[term] = round(space.model.idf[space.model.vocabulary.get(term) ?? 0]);
  return { themes, other, method: { ...method, lsaDimensions: space.lsa.dimensions, terms: space.model.size }, idf };
}

function emptySynthesis(comments: readonly CommentText[], space: CommentSpace): ThemeSynthesis {
  return {
    themes: [],
    other: comments.map((c) => ({ commentId: c.id, confidence: 0 })),
    method: { themeCount: 0, chosenBy: 'too few comments', scores: [], lsaDimensions: space.lsa.dimensions, terms: space.model.size },
    idf: {},
  };
}

/** Terms most over-represented in the theme compared with the whole scope, shown as people wrote them. */
function topKeyphrases(space: CommentSpace, members: number[], count: number): string[] {
  const inTheme = new Map<number, number>();
  for (const i of members) accumulate(inTheme, space.vectors[i]);
  const overall = new Map<number, number>();
  for (const v of space.vectors) accumulate(overall, v);
  const n = space.vectors.length;
  const scored = [...inTheme.entries()]
    .map(([term, weight]) => {
      const mean = weight / members.length;
      const outside = ((overall.get(term) ?? 0) - weight) / Math.max(1, n - members.length);
      const phrase = space.model.terms[term];
      const bonus = phrase.includes(' ') ? 1.2 : 1;
      return { term, score: (mean - outside) * bonus };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.term - b.term);
  const chosen: string[] = [];
  for (const { term } of scored) {
    const surface = surfaceOf(space, members, space.model.terms[term]);
    if (chosen.some((c) => c.includes(surface) || surface.includes(c))) continue;
    chosen.push(surface);
    if (chosen.length === count) break;
  }
  return chosen;
}

function surfaceOf(space: CommentSpace, members: number[], term: string): string {
  const counts = new Map<string, number>();
  for (const i of members) {
    const a = space.analyzed[i];
    a.terms.forEach((t, j) => {
      if (t === term) counts.set(a.surfaces[j], (counts.get(a.surfaces[j]) ?? 0) + 1);
    });
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? term.replace(/^not_/, 'not ');
}

function signatureOf(space: CommentSpace, members: number[]): Record<string, number> {
  const sums = new Map<number, number>();
  for (const i of members) accumulate(sums, space.vectors[i]);
  const top = [...sums.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 150);
  const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return Object.fromEntries(top.map(([term, weight]) => [space.model.terms[term], round(weight / norm)]));
}

function pickQuotes(comments: readonly CommentText[], byCentrality: { index: number }[], count: number): { commentId: string; text: string }[] {
  const quotes: { commentId: string; text: string }[] = [];
  const seen = new Set<string>();
  for (const { index } of byCentrality) {
    const text = comments[index].text.trim();
    const key = text.toLowerCase().replace(/\W+/g, ' ');
    if (seen.has(key) || text.length < 15) continue;
    seen.add(key);
    quotes.push({ commentId: comments[index].id, text });
    if (quotes.length === count) break;
  }
  return quotes;
}

function sentimentMix(scores: number[]): SentimentMix {
  const n = scores.length || 1;
  return {
    positive: round(scores.filter((s) => s > 0.1).length / n),
    neutral: round(scores.filter((s) => s >= -0.1 && s <= 0.1).length / n),
    negative: round(scores.filter((s) => s < -0.1).length / n),
  };
}

function accumulate(into: Map<number, number>, vector: SparseVector): void {
  for (let j = 0; j < vector.indices.length; j++) into.set(vector.indices[j], (into.get(vector.indices[j]) ?? 0) + vector.values[j]);
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

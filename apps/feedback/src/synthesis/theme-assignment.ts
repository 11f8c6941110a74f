import { buildCommentSpace, describeThemes, resolveOptions, type CommentSpace, type CommentText, type SynthesisOptions, type ThemeSynthesis } from './theme-synthesis.js';
import type { SparseVector } from './tf-idf.js';
import { cosine } from './clustering.js';

/** A theme given by staff: a label and, optionally, a longer description used to match comments. */
export interface GivenTheme {
  readonly label: string;
  readonly description?: string;
}

export interface AssignmentOptions extends SynthesisOptions {
  /** Weight of the theme's own words against the centre of the comments it attracted, 0..1. */
  readonly themeTextWeight?: number;
  readonly iterations?: number;
  /** Weight of TF-IDF cosine against LSA cosine. */
  readonly lexicalWeight?: number;
  /** Share of each theme's most similar comments used to adapt it. */
  readonly feedbackShare?: number;
  /** With sentence embeddings: weight of the text score (TF-IDF and LSA) against the embedding score. */
  readonly textWeight?: number;
  /** With sentence embeddings: share of each theme's mean score taken off, so a broadly worded theme does not attract everything. */
  readonly breadthCorrection?: number;
}

/** Unit-length sentence embeddings of the comments and of the given themes, in their orders. */
export interface SentenceEmbeddings {
  readonly comments: readonly (readonly number[])[];
  readonly themes: readonly (readonly number[])[];
}

type Dense = Map<number, number>;

function toDense(v: SparseVector): Dense {
  const out = new Map<number, number>();
  for (let i = 0; i < v.indices.length; i++) out.set(v.indices[i], v.values[i]);
  return out;
}

function dotDense(v: SparseVector, d: Dense): number {
  let s = 0;
  for (let i = 0; i < v.indices.length; i++) s += v.values[i] * (d.get(v.indices[i]) ?? 0);
  return s;
}

function normalizeMap(d: Dense): Dense {
  let n = 0;
  for (const w of d.values()) n += w * w;
  n = Math.sqrt(n) || 1;
  for (const [k, w] of d) d.set(k, w / n);
  return d;
}

/**
 * Scores every comment against every given theme. Starts from the similarity of the comment to the theme's
 * words (TF-IDF and LSA combined), then moves each theme towards the centre of the comments it attracts most
 * (Rocchio pseudo-relevance feedback), so themes written in a few words pick up the vocabulary comments use.
 * Given sentence embeddings, the same is done in their space, which matches meaning beyond shared words, and the
 * two scores are combined as z-scores.
 */
export function scoreAgainstThemes(comments: readonly CommentText[], themes: readonly GivenTheme[], options: AssignmentOptions = {}, embeddings?: SentenceEmbeddings): number[][] {
  return scoreComments(comments, themes, options, embeddings).scores;
}

function scoreComments(comments: readonly CommentText[], themes: readonly GivenTheme[], options: AssignmentOptions, embeddings?: SentenceEmbeddings): { scores: number[][]; similarities: number[][]; space: CommentSpace } {
  const text = scoreInSpace(comments, themes, options);
  if (!embeddings || !comments.length || !themes.length) return { scores: text.scores, similarities: text.scores, space: text.space };
  if (embeddings.comments.length !== comments.length || embeddings.themes.length !== themes.length) throw new Error('one embedding per comment and per theme is needed');
  const semantic = adaptToAttracted(embeddings.comments, embeddings.themes, options);
  const weight = options.textWeight ?? 0.3;
  const textZ = standardize(text.scores);
  const semanticZ = standardize(semantic);
  const combined = textZ.map((row, i) => row.map((x, t) => weight * x + (1 - weight) * semanticZ[i][t]));
  const breadth = options.breadthCorrection ?? 0.5;
  const themeMeans = themes.map((_, t) => combined.reduce((s, row) => s + row[t], 0) / combined.length);
  return {
    scores: combined.map((row) => row.map((x, t) => x - breadth * themeMeans[t])),
    similarities: text.scores.map((row, i) => row.map((x, t) => weight * x + (1 - weight) * semantic[i][t])),
    space: text.space,
  };
}

/** Rocchio feedback in a dense space: each theme moves towards the centre of the comments it attracts most. */
function adaptToAttracted(points: readonly (readonly number[])[], themePoints: readonly (readonly number[])[], options: AssignmentOptions): number[][] {
  const weight = options.themeTextWeight ?? 0.5;
  const feedbackShare = options.feedbackShare ?? 0.3;
  let current = themePoints.map((p) => [...p]);
  let scores = points.map((p) => current.map((t) => cosine(p, t)));
  for (let iteration = 0; iteration < (options.iterations ?? 3); iteration++) {
    const best = scores.map(argmax);
    current = themePoints.map((own, t) => {
      const chosen = mostAttracted(scores, best, t, feedbackShare);
      if (!chosen.length) return [...own];
      const centre = new Array<number>(own.length).fill(0);
      for (const i of chosen) points[i].forEach((x, d) => (centre[d] += x));
      const norm = Math.sqrt(centre.reduce((s, x) => s + x * x, 0)) || 1;
      return own.map((x, d) => weight * x + (1 - weight) * (centre[d] / norm));
    });
    scores = points.map((p) => current.map((t) => cosine(p, t)));
  }
  return scores;
}

function mostAttracted(scores: readonly number[][], best: readonly number[], theme: number, share: number): number[] {
  const attracted = scores
    .map((row, i) => ({ i, s: row[theme] }))
    .filter(({ i }) => best[i] === theme)
    .sort((a, b) => b.s - a.s || a.i - b.i);
  return attracted.slice(0, Math.max(1, Math.ceil(attracted.length * share))).map(({ i }) => i);
}

function standardize(matrix: readonly number[][]): number[][] {
  const values = matrix.flat();
  const mean = values.reduce((s, x) => s + x, 0) / (values.length || 1);
  const sd = Math.sqrt(values.reduce((s, x) => s + (x - mean) ** 2, 0) / (values.length || 1)) || 1;
  return matrix.map((row) => row.map((x) => (x - mean) / sd));
}

function scoreInSpace(comments: readonly CommentText[], themes: readonly GivenTheme[], options: AssignmentOptions): { scores: number[][]; space: CommentSpace } {
  const seed = options.seed ?? 42;
  const weight = options.themeTextWeight ?? 0.5;
  const lexical = options.lexicalWeight ?? 0.3;
  const feedbackShare = options.feedbackShare ?? 0.3;
  const space = buildCommentSpace(
    comments.map((c) => c.text),
    options.lsaDimensions ?? 15,
    seed,
    themes.map((t) => [t.label, t.description ?? ''].join('. ')),
  );
  let lexicalThemes = space.extra.vectors.map(toDense);
  let semanticThemes = space.extra.points.map((p) => [...p]);
  const score = () => comments.map((_, i) => themes.map((_, t) => lexical * dotDense(space.vectors[i], lexicalThemes[t]) + (1 - lexical) * cosine(space.points[i], semanticThemes[t])));
  let scores = score();
  for (let iteration = 0; iteration < (options.iterations ?? 3); iteration++) {
    const best = scores.map(argmax);
    lexicalThemes = themes.map((_, t) => {
      const chosen = mostAttracted(scores, best, t, feedbackShare);
      const centre = new Map<number, number>();
      const semantic = new Array<number>(space.lsa.dimensions).fill(0);
      for (const i of chosen) {
        const v = space.vectors[i];
        for (let j = 0; j < v.indices.length; j++) centre.set(v.indices[j], (centre.get(v.indices[j]) ?? 0) + v.values[j]);
        space.points[i].forEach((x, d) => (semantic[d] += x));
      }
      normalizeMap(centre);
      const own = toDense(space.extra.vectors[t]);
      const mixed = new Map<number, number>();
      for (const [k, w] of own) mixed.set(k, weight * w);
      if (chosen.length) for (const [k, w] of centre) mixed.set(k, (mixed.get(k) ?? 0) + (1 - weight) * w);
      const sn = Math.sqrt(semantic.reduce((s, x) => s + x * x, 0)) || 1;
      semanticThemes[t] = space.extra.points[t].map((x, d) => weight * x + (chosen.length ? (1 - weight) * (semantic[d] / sn) : 0));
      return normalizeMap(mixed);
    });
    semanticThemes = [...semanticThemes];
    scores = score();
  }
  return { scores, space };
}

export function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

/**
 * Synthesis against staff-given themes: each comment goes to its best theme, or "other" when its similarity to
 * that theme is below the threshold.
 */
export function assignToGivenThemes(comments: readonly CommentText[], themes: readonly GivenTheme[], options: AssignmentOptions = {}, embeddings?: SentenceEmbeddings): ThemeSynthesis {
  const { scores, similarities, space } = scoreComments(comments, themes, options, embeddings);
  const placements = scores.map((row, i) => {
    const theme = argmax(row);
    return { theme, similarity: similarities[i][theme] ?? 0 };
  });
  return describeThemes(comments, space, placements, themes.length, resolveOptions(options), { themeCount: themes.length, chosenBy: 'given by staff', scores: [] }, themes.map((t) => t.label));
}

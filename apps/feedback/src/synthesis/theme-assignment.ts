import { buildCommentSpace, describeThemes, resolveOptions, type CommentSpace, type CommentText, type SynthesisOptions, type ThemeSynthesis } from './theme-synthesis.js';
import { analyzeText } from './text-analysis.js';
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
  /** Weights of the score parts when embeddings are given; `PART_WEIGHTS` unless refitting. */
  readonly partWeights?: PartWeights;
}

/** Unit-length sentence embeddings of the comments and of the given themes, in their orders, and word vectors (`embedForAssignment`). */
export interface AssignmentEmbeddings {
  readonly comments: readonly (readonly number[])[];
  readonly themes: readonly (readonly number[])[];
  /** Unit-length sentence-encoder embeddings of single words, keyed by the words `assignmentWords` lists, for matching word by word. */
  readonly words: ReadonlyMap<string, readonly number[]>;
  /** Unit-length GloVe vectors of those of the same words GloVe has, for matching word by word by co-occurrence. */
  readonly gloveWords: ReadonlyMap<string, readonly number[]>;
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

/** The text a given theme is matched by: its label, then its description when it has one. */
export const themeText = (theme: GivenTheme) => (theme.description ? `${theme.label}. ${theme.description}` : theme.label);

/** The words, in lemma form, of the comments and themes whose embeddings word-by-word matching uses, sorted. */
export function assignmentWords(comments: readonly CommentText[], themes: readonly GivenTheme[]): string[] {
  const words = new Set<string>();
  for (const text of [...comments.map((c) => c.text), ...themes.map(themeText)]) for (const term of analyzeText(text).terms) words.add(term);
  return [...words].sort();
}

/**
 * Scores every comment against every given theme. Starts from the similarity of the comment to the theme's
 * words (TF-IDF and LSA combined), then moves each theme towards the centre of the comments it attracts most
 * (Rocchio pseudo-relevance feedback), so themes written in a few words pick up the vocabulary comments use.
 * Given sentence and word embeddings, the same is done in the sentence space, which matches meaning beyond shared
 * words, and comments and themes are also matched word by word (by sentence-encoder and by GloVe word vectors) and
 * word against sentence. The scores are combined
 * with fitted weights, and the comments each theme attracts are chosen on the combined score, which is surer than
 * any one of them.
 */
export function scoreAgainstThemes(comments: readonly CommentText[], themes: readonly GivenTheme[], options: AssignmentOptions = {}, embeddings?: AssignmentEmbeddings): number[][] {
  return scoreComments(comments, themes, options, embeddings).scores;
}

/**
 * The inputs of the combined score in its last round, for fitting `PART_WEIGHTS`: for each comment and theme, each
 * part's z-score (in `ASSIGNMENT_PARTS` order) followed by each part's theme mean; the score is their dot product
 * with `partWeightVector(weights)`.
 */
export function assignmentFeatures(comments: readonly CommentText[], themes: readonly GivenTheme[], embeddings: AssignmentEmbeddings, options: AssignmentOptions = {}): number[][][] {
  const { parts } = scoreComments(comments, themes, options, embeddings);
  if (!parts) return [];
  const standardized = ASSIGNMENT_PARTS.map((name) => standardizedPart(parts[name]));
  return comments.map((_, i) => themes.map((_, t) => [...standardized.map((p) => p.z[i][t]), ...standardized.map((p) => p.themeMeans[t])]));
}

/** The weights in the order of `assignmentFeatures`' columns. */
export function partWeightVector(weights: PartWeights): number[] {
  return [...ASSIGNMENT_PARTS.map((name) => weights[name].own), ...ASSIGNMENT_PARTS.map((name) => weights[name].breadth)];
}

/** The weights a vector in the order of `assignmentFeatures`' columns stands for. */
export function partWeightsFrom(vector: readonly number[]): PartWeights {
  const n = ASSIGNMENT_PARTS.length;
  if (vector.length !== 2 * n) throw new Error(`${2 * n} weights are needed, one own and one breadth per part`);
  return Object.fromEntries(ASSIGNMENT_PARTS.map((name, p) => [name, { own: vector[p], breadth: vector[n + p] }])) as Record<AssignmentPart, { own: number; breadth: number }>;
}

function scoreComments(
  comments: readonly CommentText[],
  themes: readonly GivenTheme[],
  options: AssignmentOptions,
  embeddings?: AssignmentEmbeddings,
): { scores: number[][]; similarities: number[][]; space: CommentSpace; parts?: ScoreParts } {
  const space = buildCommentSpace(
    comments.map((c) => c.text),
    options.lsaDimensions ?? 15,
    options.seed ?? 42,
    themes.map(themeText),
  );
  const iterations = options.iterations ?? 3;
  const share = options.feedbackShare ?? 0.3;
  if (!embeddings || !comments.length || !themes.length) {
    let scores = textScores(space, options);
    for (let iteration = 0; iteration < iterations; iteration++) scores = textScores(space, options, attractedBy(scores, share));
    return { scores, similarities: scores, space };
  }
  if (embeddings.comments.length !== comments.length || embeddings.themes.length !== themes.length) throw new Error('one embedding per comment and per theme is needed');
  const commentTerms = space.analyzed.map((a) => a.terms);
  const themeTerms = space.extra.analyzed.map((a) => a.terms);
  const wordToWord = matchWords(commentTerms, themeTerms, embeddings.words);
  const gloveWordToWord = matchWords(commentTerms, themeTerms, embeddings.gloveWords);
  const wordToSentence = matchWordsToSentences(commentTerms, themeTerms, embeddings);
  const ownText = textScores(space, options);
  const ownSentence = embeddingScores(embeddings.comments, embeddings.themes, options);
  const parts = (attracted?: readonly number[][]): ScoreParts => ({
    text: attracted ? textScores(space, options, attracted) : ownText,
    sentence: attracted ? embeddingScores(embeddings.comments, embeddings.themes, options, attracted) : ownSentence,
    themeWordsToComment: wordToWord.themeToComment,
    commentWordsToTheme: wordToWord.commentToTheme,
    ownText,
    ownSentence,
    themeWordsToCommentSentence: wordToSentence.themeToComment,
    commentWordsToThemeSentence: wordToSentence.commentToTheme,
    themeWordsToCommentGlove: gloveWordToWord.themeToComment,
    commentWordsToThemeGlove: gloveWordToWord.commentToTheme,
  });
  const weights = options.partWeights ?? PART_WEIGHTS;
  let current = parts();
  let scores = combine(current, weights);
  for (let iteration = 0; iteration < iterations; iteration++) {
    current = parts(attractedBy(scores, share));
    scores = combine(current, weights);
  }
  const { text, sentence, themeWordsToComment, commentWordsToTheme } = current;
  return {
    scores,
    similarities: scores.map((row, i) =>
      row.map((_, t) => CONFIDENCE_SHARES.text * text[i][t] + CONFIDENCE_SHARES.sentence * sentence[i][t] + (CONFIDENCE_SHARES.words * (themeWordsToComment[i][t] + commentWordsToTheme[i][t])) / 2),
    ),
    space,
    parts: current,
  };
}

/** Comment-by-theme scores that the combined score weighs; text and sentence are moved towards attracted comments, the own ones not. */
export const ASSIGNMENT_PARTS = [
  'text',
  'sentence',
  'themeWordsToComment',
  'commentWordsToTheme',
  'ownText',
  'ownSentence',
  'themeWordsToCommentSentence',
  'commentWordsToThemeSentence',
  'themeWordsToCommentGlove',
  'commentWordsToThemeGlove',
] as const;
export type AssignmentPart = (typeof ASSIGNMENT_PARTS)[number];
type ScoreParts = Readonly<Record<AssignmentPart, number[][]>>;
export type PartWeights = Readonly<Record<AssignmentPart, { readonly own: number; readonly breadth: number }>>;

/**
 * Weights of each part as a z-score (own) and of the theme's mean z-score over all comments (breadth). Fitted by
 * `npm run fit:assignment`: conditional logistic regression (softmax over a comment's themes) on IBM ArgKP key points
 * (56 topic-stance scopes), on the parts of this loop's last round: 0.679 top-1 accuracy in-sample, 0.657 with each
 * topic left out of the fit. A negative breadth keeps broadly worded themes from attracting everything; the positive
 * breadths of the own text and sentence scores favour themes whose words many comments use, which are the frequent
 * themes.
 */
export const PART_WEIGHTS: PartWeights = {
  text: { own: 0.349, breadth: 0.629 },
  sentence: { own: 1.304, breadth: -1.498 },
  themeWordsToComment: { own: 0.299, breadth: -0.712 },
  commentWordsToTheme: { own: 0.103, breadth: 0.666 },
  ownText: { own: -0.17, breadth: 1.201 },
  ownSentence: { own: -0.313, breadth: 0.884 },
  themeWordsToCommentSentence: { own: 0.31, breadth: -0.19 },
  commentWordsToThemeSentence: { own: 0.599, breadth: -0.11 },
  themeWordsToCommentGlove: { own: 0.226, breadth: 0.246 },
  commentWordsToThemeGlove: { own: 0.319, breadth: -0.918 },
};

/** Confidence of a placement, compared with the "other" threshold: a plain mix of similarities, which stays on their scale. */
const CONFIDENCE_SHARES = { text: 0.1, sentence: 0.5, words: 0.4 };

function standardizedPart(part: readonly number[][]): { z: number[][]; themeMeans: number[] } {
  const z = standardize(part);
  return { z, themeMeans: z[0].map((_, t) => z.reduce((s, row) => s + row[t], 0) / z.length) };
}

/** Each part as z-scores over the whole matrix, weighted, plus its weighted theme means. */
function combine(parts: ScoreParts, weights: PartWeights): number[][] {
  const weighted = ASSIGNMENT_PARTS.map((name) => ({ ...standardizedPart(parts[name]), ...weights[name] }));
  return weighted[0].z.map((row, i) => row.map((_, t) => weighted.reduce((s, p) => s + p.own * p.z[i][t] + p.breadth * p.themeMeans[t], 0)));
}

/** For each theme, the comments that score best on it among those it wins (at least one when it wins any). */
function attractedBy(scores: readonly number[][], share: number): number[][] {
  const best = scores.map(argmax);
  return (scores[0] ?? []).map((_, theme) => {
    const attracted = scores
      .map((row, i) => ({ i, s: row[theme] }))
      .filter(({ i }) => best[i] === theme)
      .sort((a, b) => b.s - a.s || a.i - b.i);
    return attracted.slice(0, Math.max(1, Math.ceil(attracted.length * share))).map(({ i }) => i);
  });
}

/** Cosine in a dense space, each theme moved towards the centre of the comments it attracted (Rocchio feedback). */
function embeddingScores(points: readonly (readonly number[])[], themePoints: readonly (readonly number[])[], options: AssignmentOptions, attracted?: readonly number[][]): number[][] {
  const weight = options.themeTextWeight ?? 0.5;
  const current = themePoints.map((own, t) => {
    const chosen = attracted?.[t] ?? [];
    if (!chosen.length) return own;
    const centre = new Array<number>(own.length).fill(0);
    for (const i of chosen) points[i].forEach((x, d) => (centre[d] += x));
    const norm = Math.sqrt(centre.reduce((s, x) => s + x * x, 0)) || 1;
    return own.map((x, d) => weight * x + (1 - weight) * (centre[d] / norm));
  });
  return points.map((p) => current.map((t) => cosine(p, t)));
}

/** TF-IDF and LSA cosine combined, each theme moved towards the comments it attracted in both. */
function textScores(space: ReturnType<typeof buildCommentSpace>, options: AssignmentOptions, attracted?: readonly number[][]): number[][] {
  const weight = options.themeTextWeight ?? 0.5;
  const lexical = options.lexicalWeight ?? 0.3;
  const lexicalThemes: Dense[] = [];
  const semanticThemes: number[][] = [];
  space.extra.vectors.forEach((vector, t) => {
    const own = toDense(vector);
    const chosen = attracted?.[t] ?? [];
    if (!chosen.length) {
      lexicalThemes.push(own);
      semanticThemes.push(space.extra.points[t]);
      return;
    }
    const centre = new Map<number, number>();
    const semantic = new Array<number>(space.lsa.dimensions).fill(0);
    for (const i of chosen) {
      const v = space.vectors[i];
      for (let j = 0; j < v.indices.length; j++) centre.set(v.indices[j], (centre.get(v.indices[j]) ?? 0) + v.values[j]);
      space.points[i].forEach((x, d) => (semantic[d] += x));
    }
    normalizeMap(centre);
    const mixed = new Map<number, number>();
    for (const [k, w] of own) mixed.set(k, weight * w);
    for (const [k, w] of centre) mixed.set(k, (mixed.get(k) ?? 0) + (1 - weight) * w);
    lexicalThemes.push(normalizeMap(mixed));
    const sn = Math.sqrt(semantic.reduce((s, x) => s + x * x, 0)) || 1;
    semanticThemes.push(space.extra.points[t].map((x, d) => weight * x + (1 - weight) * (semantic[d] / sn)));
  });
  return space.vectors.map((v, i) => lexicalThemes.map((theme, t) => lexical * dotDense(v, theme) + (1 - lexical) * cosine(space.points[i], semanticThemes[t])));
}

/** Comment-by-theme scores in both directions. */
export interface DirectedScores {
  readonly themeToComment: number[][];
  readonly commentToTheme: number[][];
}

/** Inverse document frequency of a word among the comments. */
function inverseDocumentFrequency(commentTerms: readonly (readonly string[])[]): (term: string) => number {
  const documentFrequency = new Map<string, number>();
  for (const terms of commentTerms) for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  return (term) => Math.log((1 + commentTerms.length) / (1 + (documentFrequency.get(term) ?? 0))) + 1;
}

/**
 * Word-by-word match of each comment with each theme: each theme word takes its closest comment word and each comment
 * word its closest theme word (cosine of word embeddings, 1 for the same word), each direction averaged with IDF
 * weights. A theme put in a few abstract words meets a comment that says the same in other words, which a
 * whole-sentence embedding of a long comment blurs. A word without an embedding matches only itself.
 */
export function matchWords(commentTerms: readonly (readonly string[])[], themeTerms: readonly (readonly string[])[], vectors: ReadonlyMap<string, readonly number[]>): DirectedScores {
  const idf = inverseDocumentFrequency(commentTerms);
  const themeWords = themeTerms.map((terms) => [...new Set(terms)]);
  const themeVocabulary = [...new Set(themeWords.flat())];
  const themeIndex = new Map(themeVocabulary.map((w, j) => [w, j]));
  // Similarity of every word to every theme word, computed once per word.
  const toThemeWords = new Map<string, Float64Array>();
  const similarities = (word: string) => {
    let row = toThemeWords.get(word);
    if (!row) {
      const v = vectors.get(word);
      row = Float64Array.from(themeVocabulary, (w) => {
        const u = vectors.get(w);
        return w === word ? 1 : v && u ? dot(v, u) : 0;
      });
      toThemeWords.set(word, row);
    }
    return row;
  };
  const themeToComment: number[][] = [];
  const commentToTheme: number[][] = [];
  for (const terms of commentTerms) {
    const words = [...new Set(terms)];
    const rows = words.map(similarities);
    const weights = words.map(idf);
    const columnsOf = themeWords.map((theme) => theme.map((w) => themeIndex.get(w) ?? 0));
    themeToComment.push(columnsOf.map((columns, t) => weightedMean(columns.map((j) => rows.reduce((best, row) => Math.max(best, row[j]), 0)), themeWords[t].map(idf))));
    commentToTheme.push(columnsOf.map((columns) => weightedMean(rows.map((row) => columns.reduce((best, j) => Math.max(best, row[j]), 0)), weights)));
  }
  return { themeToComment, commentToTheme };
}

/**
 * Each word of a theme against the whole comment's sentence embedding, and each word of a comment against the
 * theme's, averaged with IDF weights: whether the comment as a whole speaks of what each word names. A word without
 * an embedding counts as unrelated.
 */
export function matchWordsToSentences(commentTerms: readonly (readonly string[])[], themeTerms: readonly (readonly string[])[], embeddings: AssignmentEmbeddings): DirectedScores {
  const idf = inverseDocumentFrequency(commentTerms);
  const toSentence = (terms: readonly string[], sentence: readonly number[]) => {
    const words = [...new Set(terms)];
    return weightedMean(
      words.map((w) => {
        const v = embeddings.words.get(w);
        return v ? dot(v, sentence) : 0;
      }),
      words.map(idf),
    );
  };
  return {
    themeToComment: embeddings.comments.map((comment) => themeTerms.map((terms) => toSentence(terms, comment))),
    commentToTheme: commentTerms.map((terms) => embeddings.themes.map((theme) => toSentence(terms, theme))),
  };
}

function weightedMean(values: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  let total = 0;
  values.forEach((x, i) => {
    sum += weights[i] * x;
    total += weights[i];
  });
  return total ? sum / total : 0;
}

function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

function standardize(matrix: readonly number[][]): number[][] {
  const values = matrix.flat();
  const mean = values.reduce((s, x) => s + x, 0) / (values.length || 1);
  const sd = Math.sqrt(values.reduce((s, x) => s + (x - mean) ** 2, 0) / (values.length || 1)) || 1;
  return matrix.map((row) => row.map((x) => (x - mean) / sd));
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
export function assignToGivenThemes(comments: readonly CommentText[], themes: readonly GivenTheme[], options: AssignmentOptions = {}, embeddings?: AssignmentEmbeddings): ThemeSynthesis {
  const { scores, similarities, space } = scoreComments(comments, themes, options, embeddings);
  const placements = scores.map((row, i) => {
    const theme = argmax(row);
    return { theme, similarity: similarities[i][theme] ?? 0 };
  });
  return describeThemes(comments, space, placements, themes.length, resolveOptions(options), { themeCount: themes.length, chosenBy: 'given by staff', scores: [] }, themes.map((t) => t.label));
}

import { GloveVectors } from './glove-vectors.js';
import { SentenceEncoder } from './sentence-encoder.js';
import { assignmentWords, themeText, type AssignmentEmbeddings, type GivenTheme } from './theme-assignment.js';
import type { CommentText } from './theme-synthesis.js';

export interface EmbeddingRun {
  /** Shared across calls, so its model loads once. */
  readonly encoder?: SentenceEncoder;
  readonly glove?: GloveVectors;
  /** Texts embedded between two progress reports. */
  readonly step?: number;
  /** After each step: comments and words embedded so far, of all of them. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * What assignment to given themes needs besides the texts: sentence embeddings of the themes and the comments,
 * then the encoder's embeddings of each word they use, then those words' GloVe vectors. The synthesis worker, the
 * evaluation and the weight fit all embed through here, so they score alike.
 */
export async function embedForAssignment(comments: readonly CommentText[], themes: readonly GivenTheme[], run: EmbeddingRun = {}): Promise<AssignmentEmbeddings> {
  const { encoder = new SentenceEncoder(), glove = new GloveVectors(), step = 1000, onProgress } = run;
  const themeVectors = await encoder.embed(themes.map(themeText));
  const words = assignmentWords(comments, themes);
  const total = comments.length + words.length;
  let done = 0;
  const embedInSteps = async (texts: readonly string[]) => {
    const vectors: number[][] = [];
    for (let i = 0; i < texts.length; i += step) {
      vectors.push(...(await encoder.embed(texts.slice(i, i + step))));
      onProgress?.(done + vectors.length, total);
    }
    done += vectors.length;
    return vectors;
  };
  const commentVectors = await embedInSteps(comments.map((c) => c.text));
  const wordVectors = await embedInSteps(words);
  return {
    comments: commentVectors,
    themes: themeVectors,
    words: new Map(words.map((w, i) => [w, wordVectors[i]])),
    gloveWords: await glove.lookup(words),
  };
}

import { parentPort, workerData } from 'node:worker_threads';
import { SentenceEncoder } from '../synthesis/sentence-encoder.js';
import { GloveVectors } from '../synthesis/glove-vectors.js';
import { assignmentWords, themeText, type SentenceEmbeddings } from '../synthesis/theme-assignment.js';
import { runSynthesisJob } from './synthesis-job.js';
import type { SynthesisInput, SynthesisThreadMessage } from './synthesis-thread.js';

/** Comments embedded between two progress reports. */
const EMBEDDING_STEP = 1000;

const post = (message: SynthesisThreadMessage) => parentPort?.postMessage(message);

/**
 * Sentence embeddings of the comments and themes, then of each word they use, then those words' GloVe vectors, for
 * assignment to given themes. Progress rises to 28% over the embeddings and reaches 30% with the GloVe vectors.
 */
async function embed({ comments, givenThemes }: SynthesisInput): Promise<SentenceEmbeddings | undefined> {
  if (!givenThemes?.length) return undefined;
  const encoder = new SentenceEncoder();
  const themes = await encoder.embed(givenThemes.map(themeText));
  const words = assignmentWords(comments, givenThemes);
  const total = comments.length + words.length;
  const embedded = (done: number) => post({ kind: 'progress', stage: 'analyzing', percent: 10 + Math.floor((18 * done) / total) });
  const vectors: number[][] = [];
  for (let i = 0; i < comments.length; i += EMBEDDING_STEP) {
    vectors.push(...(await encoder.embed(comments.slice(i, i + EMBEDDING_STEP).map((c) => c.text))));
    embedded(vectors.length);
  }
  const wordVectors: number[][] = [];
  for (let i = 0; i < words.length; i += EMBEDDING_STEP) {
    wordVectors.push(...(await encoder.embed(words.slice(i, i + EMBEDDING_STEP))));
    embedded(vectors.length + wordVectors.length);
  }
  const gloveWords = await new GloveVectors().lookup(words);
  post({ kind: 'progress', stage: 'analyzing', percent: 30 });
  return { comments: vectors, themes, words: new Map(words.map((w, i) => [w, wordVectors[i]])), gloveWords };
}

const input = workerData as SynthesisInput;
const embeddings = await embed(input);
post({ kind: 'progress', stage: 'clustering', percent: 30 });
post({ kind: 'done', outcome: runSynthesisJob(input.comments, input.givenThemes, embeddings) });

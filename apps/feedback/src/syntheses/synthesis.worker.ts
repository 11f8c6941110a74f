import { parentPort, workerData } from 'node:worker_threads';
import { SentenceEncoder } from '../synthesis/sentence-encoder.js';
import { assignmentWords, type SentenceEmbeddings } from '../synthesis/theme-assignment.js';
import { runSynthesisJob } from './synthesis-job.js';
import type { SynthesisInput, SynthesisThreadMessage } from './synthesis-thread.js';

/** Comments embedded between two progress reports. */
const EMBEDDING_STEP = 1000;

const post = (message: SynthesisThreadMessage) => parentPort?.postMessage(message);

/** Sentence embeddings of the comments and themes, then of each word they use, for assignment to given themes. */
async function embed({ comments, givenThemes }: SynthesisInput): Promise<SentenceEmbeddings | undefined> {
  if (!givenThemes?.length) return undefined;
  const encoder = new SentenceEncoder();
  const themes = await encoder.embed(givenThemes.map((t) => [t.label, t.description ?? ''].join('. ')));
  const words = assignmentWords(comments, givenThemes);
  const total = comments.length + words.length;
  const vectors: number[][] = [];
  for (let i = 0; i < comments.length; i += EMBEDDING_STEP) {
    vectors.push(...(await encoder.embed(comments.slice(i, i + EMBEDDING_STEP).map((c) => c.text))));
    post({ kind: 'progress', stage: 'analyzing', percent: 10 + Math.floor((20 * vectors.length) / total) });
  }
  const wordVectors: number[][] = [];
  for (let i = 0; i < words.length; i += EMBEDDING_STEP) {
    wordVectors.push(...(await encoder.embed(words.slice(i, i + EMBEDDING_STEP))));
    post({ kind: 'progress', stage: 'analyzing', percent: 10 + Math.floor((20 * (vectors.length + wordVectors.length)) / total) });
  }
  return { comments: vectors, themes, words: new Map(words.map((w, i) => [w, wordVectors[i]])) };
}

const input = workerData as SynthesisInput;
const embeddings = await embed(input);
post({ kind: 'progress', stage: 'clustering', percent: 30 });
post({ kind: 'done', outcome: runSynthesisJob(input.comments, input.givenThemes, embeddings) });

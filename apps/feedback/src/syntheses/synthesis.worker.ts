import { parentPort, workerData } from 'node:worker_threads';
import { SentenceEncoder } from '../synthesis/sentence-encoder.js';
import type { SentenceEmbeddings } from '../synthesis/theme-assignment.js';
import { runSynthesisJob } from './synthesis-job.js';
import type { SynthesisInput, SynthesisThreadMessage } from './synthesis-thread.js';

/** Comments embedded between two progress reports. */
const EMBEDDING_STEP = 1000;

const post = (message: SynthesisThreadMessage) => parentPort?.postMessage(message);

async function embed({ comments, givenThemes }: SynthesisInput): Promise<SentenceEmbeddings | undefined> {
  if (!givenThemes?.length) return undefined;
  const encoder = new SentenceEncoder();
  const themes = await encoder.embed(givenThemes.map((t) => [t.label, t.description ?? ''].join('. ')));
  const vectors: number[][] = [];
  for (let i = 0; i < comments.length; i += EMBEDDING_STEP) {
    vectors.push(...(await encoder.embed(comments.slice(i, i + EMBEDDING_STEP).map((c) => c.text))));
    post({ kind: 'progress', stage: 'analyzing', percent: 10 + Math.floor((20 * vectors.length) / comments.length) });
  }
  return { comments: vectors, themes };
}

const input = workerData as SynthesisInput;
const embeddings = await embed(input);
post({ kind: 'progress', stage: 'clustering', percent: 30 });
post({ kind: 'done', outcome: runSynthesisJob(input.comments, input.givenThemes, embeddings) });

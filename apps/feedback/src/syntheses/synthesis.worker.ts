import { parentPort, workerData } from 'node:worker_threads';
import { embedForAssignment } from '../synthesis/assignment-embeddings.js';
import type { AssignmentEmbeddings } from '../synthesis/theme-assignment.js';
import { runSynthesisJob } from './synthesis-job.js';
import type { SynthesisInput, SynthesisThreadMessage } from './synthesis-thread.js';

const post = (message: SynthesisThreadMessage) => parentPort?.postMessage(message);

/** For given themes: progress rises to 28% over the embeddings, a thousand texts at a time, and reaches 30% with the GloVe vectors. */
async function embed({ comments, givenThemes }: SynthesisInput): Promise<AssignmentEmbeddings | undefined> {
  if (!givenThemes?.length) return undefined;
  const embeddings = await embedForAssignment(comments, givenThemes, {
    onProgress: (done, total) => post({ kind: 'progress', stage: 'analyzing', percent: 10 + Math.floor((18 * done) / total) }),
  });
  post({ kind: 'progress', stage: 'analyzing', percent: 30 });
  return embeddings;
}

const input = workerData as SynthesisInput;
const embeddings = await embed(input);
post({ kind: 'progress', stage: 'clustering', percent: 30 });
post({ kind: 'done', outcome: runSynthesisJob(input.comments, input.givenThemes, embeddings) });

import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { GivenThemeInput, SynthesisStage } from '#libs/contracts';
import type { JobOutcome, ScopedComment } from './synthesis-job.js';

export interface SynthesisInput {
  comments: readonly ScopedComment[];
  givenThemes: readonly GivenThemeInput[] | null;
}

export type SynthesisThreadMessage = { kind: 'progress'; stage: SynthesisStage; percent: number } | { kind: 'done'; outcome: JobOutcome };

/** The compiled worker beside this module. Under ts-jest this module runs from its TypeScript source, so the build's copy is taken. */
function workerUrl(): URL {
  const beside = new URL('./synthesis.worker.js', import.meta.url);
  return existsSync(beside) ? beside : new URL(beside.href.replace('/apps/feedback/src/', '/dist/apps/feedback/src/'));
}

/**
 * Runs a synthesis in a worker thread, so the service keeps answering requests and acknowledging events during
 * minutes of CPU. Progress reports are handed to `onProgress` one after another; the outcome comes after the last.
 */
export function runInWorkerThread(input: SynthesisInput, onProgress: (stage: SynthesisStage, percent: number) => Promise<void>): Promise<JobOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl(), { workerData: input });
    let reported: Promise<void> = Promise.resolve();
    let outcome: JobOutcome | undefined;
    worker.on('message', (message: SynthesisThreadMessage) => {
      if (message.kind === 'progress') reported = reported.then(() => onProgress(message.stage, message.percent));
      else outcome = message.outcome;
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (outcome) reported.then(() => resolve(outcome!), reject);
      else reject(new Error(`the synthesis worker stopped with code ${code} before finishing`));
    });
  });
}

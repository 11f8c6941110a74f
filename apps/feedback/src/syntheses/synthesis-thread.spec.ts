import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSynthesisJob, type ScopedComment } from './synthesis-job.js';
import { runInWorkerThread } from './synthesis-thread.js';

// Runs the compiled worker (dist/), as `npm test` builds before jest.
const fixture = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/feedback/three-themes.json'), 'utf8')) as { themes: Record<string, string[]> };
const districts = ['1', '2', '3', '4'];
const comments: ScopedComment[] = Array.from({ length: 12_000 }, (_, i) => {
  const texts = Object.values(fixture.themes)[i % 3];
  return { id: `c${String(i).padStart(5, '0')}`, text: `${texts[i % texts.length]} (${i})`, bureau: 'PBOT', neighborhood: null, councilDistrict: districts[i % 4] };
});

describe('runInWorkerThread', () => {
  it('synthesizes off the main thread, with the same outcome as in it, reporting progress in order', async () => {
    const progress: string[] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    const started = Date.now();
    const outcome = await runInWorkerThread({ comments, givenThemes: null }, async (stage, percent) => {
      progress.push(`${stage}:${percent}`);
    });
    const elapsed = Date.now() - started;
    clearInterval(timer);

    // A synthesis on this thread would have held the timer back for its whole run.
    expect(ticks).toBeGreaterThan(elapsed / 20 / 4);
    expect(progress).toEqual(['clustering:30']);
    expect(outcome).toEqual(runSynthesisJob(comments, null));
    expect(outcome.result.themes.length).toBeGreaterThan(1);
  });

  it('embeds for staff-given themes in the worker and reports embedding progress', async () => {
    const progress: string[] = [];
    const given = [{ label: 'Bus service and transit' }, { label: 'Street trees and shade' }, { label: 'Parking downtown' }];
    const outcome = await runInWorkerThread({ comments: comments.slice(0, 1100), givenThemes: given }, async (stage, percent) => {
      progress.push(`${stage}:${percent}`);
    });
    // Comments, then the words they use, a thousand at a time: rising to 30% before the assignment starts.
    const analyzing = progress.slice(0, -1).map((p) => Number(p.split(':')[1]));
    expect(progress.slice(0, -1).every((p) => p.startsWith('analyzing:'))).toBe(true);
    expect(analyzing.length).toBeGreaterThanOrEqual(3);
    expect(analyzing).toEqual([...analyzing].sort((a, b) => a - b));
    expect(analyzing.at(-1)).toBe(30);
    expect(progress.at(-1)).toBe('clustering:30');
    expect(outcome.result.themes.map((t) => t.label)).toEqual(given.map((g) => g.label));
    expect(outcome.result.method.chosenBy).toBe('given by staff');
  });
});

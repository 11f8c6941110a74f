import { FatigueDetector, type FatigueSighting } from './fatigue-detector.js';

const DAY = 86_400_000;
const base = new Date('2026-12-01T18:00:00Z').getTime();
const sighting = (id: string, bureau: string, days: number): FatigueSighting => ({ id, bureau, startsAt: new Date(base + days * DAY) });

describe('FatigueDetector', () => {
  const detector = new FatigueDetector(3, 30);

  it('fires when a third distinct bureau reaches the community within 30 days', () => {
    const found = detector.detect(sighting('c', 'PP&R', 20), [sighting('a', 'PBOT', 0), sighting('b', 'BES', 10)]);
    expect(found?.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('does not count one bureau twice', () => {
    expect(detector.detect(sighting('c', 'BES', 20), [sighting('a', 'PBOT', 0), sighting('b', 'BES', 10)])).toBeNull();
  });

  it('stops at the window edge: just under 30 days fires, exactly 30 does not', () => {
    const justInside = new Date(base + 30 * DAY - 60_000);
    expect(detector.detect({ id: 'c', bureau: 'PP&R', startsAt: justInside }, [sighting('a', 'PBOT', 0), sighting('b', 'BES', 10)])).not.toBeNull();
    expect(detector.detect(sighting('c', 'PP&R', 30), [sighting('a', 'PBOT', 0), sighting('b', 'BES', 10)])).toBeNull();
  });

  it('finds a window after the subject too', () => {
    const found = detector.detect(sighting('a', 'PBOT', 0), [sighting('b', 'BES', 29), sighting('c', 'PP&R', 5), sighting('d', 'PHB', -31)]);
    expect(found?.map((s) => s.bureau)).toEqual(['PBOT', 'PP&R', 'BES']);
    const before = detector.detect(sighting('a', 'PBOT', 0), [sighting('c', 'PP&R', 5), sighting('d', 'PHB', -20)]);
    expect(before?.map((s) => s.bureau)).toEqual(['PHB', 'PBOT', 'PP&R']);
  });

  it('follows its configuration', () => {
    const strict = new FatigueDetector(2, 7);
    expect(strict.detect(sighting('b', 'BES', 6), [sighting('a', 'PBOT', 0)])).not.toBeNull();
    expect(strict.detect(sighting('b', 'BES', 8), [sighting('a', 'PBOT', 0)])).toBeNull();
  });

  it('names the busiest window below the threshold too, for a list that shows how an alert stands now', () => {
    const busiest = detector.busiestWindow(sighting('c', 'PP&R', 20), [sighting('a', 'PBOT', 0), sighting('b', 'PP&R', 10), sighting('d', 'BES', 55)]);
    expect(busiest.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(detector.detect(sighting('c', 'PP&R', 20), [sighting('a', 'PBOT', 0), sighting('b', 'PP&R', 10), sighting('d', 'BES', 55)])).toBeNull();
    expect(detector.busiestWindow(sighting('c', 'PP&R', 20), []).map((s) => s.id)).toEqual(['c']);
  });
});

import { ProblemException } from '../problems/problem-details.js';
import { etagOf, versionFromIfMatch } from './if-match.js';

describe('If-Match', () => {
  const statusOf = (header: string | undefined) => {
    try {
      versionFromIfMatch(header);
    } catch (e) {
      return (e as ProblemException).problem.status;
    }
    return 200;
  };

  it('takes back the ETag it gave, or the bare version', () => {
    expect(versionFromIfMatch(etagOf(3))).toBe(3);
    expect(versionFromIfMatch('12')).toBe(12);
  });

  it('requires the header (428) and refuses anything but a version (400)', () => {
    expect(statusOf(undefined)).toBe(428);
    expect(statusOf(' ')).toBe(428);
    expect(statusOf('*')).toBe(400);
    expect(statusOf('W/"3"')).toBe(400);
    expect(statusOf('"0"')).toBe(400);
  });
});

import { SubjectNaming, subjectMatches } from './naming.js';
import { backoff } from './options.js';

describe('subjectMatches', () => {
  it.each([
    ['civic.registry.>', 'civic.registry.organization.created', true],
    ['civic.registry.>', 'civic.registry', false],
    ['civic.*.organization.created', 'civic.registry.organization.created', true],
    ['civic.registry.organization.created', 'civic.registry.organization.updated', false],
    ['civic.registry.*', 'civic.registry.organization.created', false],
  ])('%s matches %s: %s', (pattern, subject, expected) => {
    expect(subjectMatches(pattern, subject)).toBe(expected);
  });
});

describe('SubjectNaming', () => {
  const naming = new SubjectNaming('t1');

  it('prefixes subjects, streams and queries, and strips the prefix back', () => {
    expect(naming.subject('civic.registry.organization.created')).toBe('t1.civic.registry.organization.created');
    expect(naming.unprefix('t1.civic.registry.organization.created')).toBe('civic.registry.organization.created');
    expect(naming.stream({ name: 'CIVIC_REGISTRY', subjects: ['civic.registry.>'] })).toEqual({
      name: 't1_CIVIC_REGISTRY',
      subjects: ['t1.civic.registry.>'],
    });
    expect(naming.query('registry.organization.get')).toBe('t1.civic.query.registry.organization.get');
  });

  it('names one durable consumer per service and subscription, valid for JetStream', () => {
    expect(naming.consumer('scheduling', 'civic.registry.organization.created')).toBe('scheduling__civic_registry_organization_created');
    expect(naming.consumer('notifications', 'civic.coordination.>')).toBe('notifications__civic_coordination_all');
    expect(naming.consumer('notifications', 'civic.*.conflict')).toBe('notifications__civic_any_conflict');
  });

  it('has no prefix by default', () => {
    expect(new SubjectNaming().subject('civic.feedback.received')).toBe('civic.feedback.received');
  });

  it('rejects a prefix that would break subjects', () => {
    expect(() => new SubjectNaming('a.b')).toThrow('MESSAGING_PREFIX must be letters, digits, - or _ (got "a.b")');
  });
});

describe('backoff', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 10].map((n) => backoff(n, 1000, 6000))).toEqual([1000, 2000, 4000, 6000, 6000, 6000]);
  });
});

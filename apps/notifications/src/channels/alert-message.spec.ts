import { alertMessage, cityTimeRange } from './alert-message.js';

const KENTON = { id: '11111111-1111-4111-8111-111111111111', slug: 'kenton', name: 'Kenton Neighborhood Association', kind: 'neighborhood_association' };
const engagement = {
  id: '33333333-3333-4333-8333-333333333333',
  bureau: 'PP&R',
  title: 'Peninsula Park plan workshop',
  kind: 'workshop',
  status: 'held',
  startsAt: '2026-07-15T01:00:00.000Z',
  endsAt: '2026-07-15T03:00:00.000Z',
  address: 'Peninsula Park Community Center',
  onlineUrl: null,
  audience: { organizations: [KENTON], councilDistricts: ['1', '2'], communityTags: ['Vietnamese-speaking residents'] },
  version: 3,
};
const scope = { bureaus: ['PP&R'], councilDistricts: ['2'], organizationIds: [KENTON.id], severity: 'medium' };

describe('alert messages in plain words', () => {
  it('shows times in Portland, daylight saving included', () => {
    expect(cityTimeRange('2026-07-15T01:00:00.000Z', '2026-07-15T03:00:00.000Z')).toBe('Tue 14 Jul 2026, 6:00 PM PDT to 8:00 PM');
    expect(cityTimeRange('2026-12-09T06:00:00.000Z', '2026-12-09T09:00:00.000Z')).toBe('Tue 8 Dec 2026, 10:00 PM PST to Wed 9 Dec 2026, 1:00 AM');
  });

  it('says who is being asked too often, by whom, and what to do', () => {
    const m = alertMessage('coordination.fatigue.detected', {
      organizationId: KENTON.id,
      organizationName: 'Kenton Neighborhood Association',
      windowDays: 30,
      threshold: 3,
      engagements: [engagement, { ...engagement, bureau: 'PBOT', title: 'Denver Ave paving' }, { ...engagement, bureau: 'BES', title: 'Sewer repair' }],
      bureaus: ['PP&R', 'PBOT', 'BES'],
      suggestion: 'Consider co-hosting with BES and PBOT',
      scope,
    });
    expect(m.subject).toBe('Engagement fatigue: Kenton Neighborhood Association asked by 3 bureaus in 30 days');
    expect(m.paragraphs[0]).toBe('Kenton Neighborhood Association is being reached by PP&R, PBOT and BES: 3 engagements within 30 days (the limit is 3).');
    expect(m.paragraphs).toContain('Consider co-hosting with BES and PBOT');
  });

  it('says which report-back is overdue and who is waiting for it', () => {
    const m = alertMessage('coordination.reportback.overdue', { engagement, heldAt: '2026-07-15T03:00:00.000Z', daysSinceHeld: 90, notice: 2, scope });
    expect(m.subject).toBe('Report-back overdue: PP&R "Peninsula Park plan workshop" (90 days)');
    expect(m.paragraphs[1]).toBe('Audience waiting to hear back: Kenton Neighborhood Association, council districts 1 and 2 and Vietnamese-speaking residents.');
  });

  it('passes a report-back on to its audience', () => {
    const m = alertMessage('feedback.response.published', {
      reportBackId: '44444444-4444-4444-8444-444444444444',
      engagement,
      whatWeHeard: 'People want safer crossings.',
      whatWeDid: 'We added two crossings to the plan.',
      themes: [{ theme: 'Crossings', status: 'adopted', response: 'Two new crossings.', reason: null }],
      reportUrl: 'https://example.org/report',
      publishedAt: '2026-09-01T00:00:00.000Z',
      scope,
    });
    expect(m.subject).toBe('What we heard and what we did: PP&R "Peninsula Park plan workshop"');
    expect(m.paragraphs).toEqual(expect.arrayContaining(['What we heard: People want safer crossings.', 'Crossings: adopted. Two new crossings.', 'The full report: https://example.org/report']));
  });

  it('describes engagement changes', () => {
    const m = alertMessage('engagement.cancelled', { engagement: { ...engagement, status: 'cancelled' }, previousStatus: 'scheduled', scope });
    expect(m.subject).toBe('Engagement cancelled: PP&R "Peninsula Park plan workshop"');
  });

  it('says what a coordinator did with a conflict or a fatigue alert', () => {
    const step = { from: 'open', at: '2026-07-16T17:00:00.000Z', actorId: 'staff:casey', version: 2, scope, engagements: [engagement] };
    const resolved = alertMessage('coordination.conflict.triage.resolved', { ...step, action: 'resolved', to: 'resolved', note: 'PP&R moved its workshop a week.', assignee: null, assigneeName: null, conflictId: engagement.id });
    expect(resolved.subject).toBe('Conflict resolved: PP&R "Peninsula Park plan workshop"');
    expect(resolved.paragraphs[0]).toBe('A coordinator resolved it: PP&R moved its workshop a week.');
    const assigned = alertMessage('coordination.fatigue.triage.assigned', {
      ...step,
      action: 'assigned',
      to: 'open',
      note: null,
      assignee: 'staff:jordan',
      assigneeName: 'Jordan Lee',
      fatigueId: engagement.id,
      organizationId: KENTON.id,
      organizationName: KENTON.name,
    });
    expect([assigned.subject, assigned.paragraphs[0]]).toEqual(['Engagement fatigue assigned: Kenton Neighborhood Association', 'Kenton Neighborhood Association is being asked too often. It is now assigned to Jordan Lee.']);
  });

  it('still says what happened for an event type it has no template for', () => {
    const m = alertMessage('feedback.theme.emerging', { scope: { ...scope, severity: 'low' } });
    expect(m.subject).toBe('Alert: feedback theme emerging');
    expect(m.paragraphs).toEqual(['A feedback theme emerging alert (severity low).', 'Bureaus: PP&R.', 'Council districts: 2.']);
  });
});

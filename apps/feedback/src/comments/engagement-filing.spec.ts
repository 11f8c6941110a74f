import { filingRefusal } from './engagement-filing.js';

const pbotEngagement = '0190a3e5-0000-7000-8000-000000000001';
const besEngagement = '0190a3e5-0000-7000-8000-000000000002';
const unknown = '0190a3e5-0000-7000-8000-000000000009';
const known = new Map([
  [pbotEngagement, 'PBOT'],
  [besEngagement, 'BES'],
]);
const pbot = { bureau: 'PBOT', staff: false };

describe('filingRefusal', () => {
  it('lets a bureau file under its own engagements', () => {
    expect(filingRefusal([{ field: 'comments.0.engagementId', engagementId: pbotEngagement }], known, pbot)).toBeNull();
    expect(filingRefusal([], known, pbot)).toBeNull();
  });

  it('refuses a bureau another bureau’s engagement with 403, naming the field', () => {
    const refusal = filingRefusal([{ field: 'engagementId', engagementId: besEngagement }], known, pbot);
    expect(refusal?.status).toBe(403);
    expect(refusal?.problems).toEqual([{ field: 'engagementId', rule: 'ownBureauEngagement', message: expect.stringMatching(/^engagement .* belongs to BES; a bureau files comments only under its own engagements/) }]);
  });

  it('lets coordinators and admins file for any bureau’s engagement', () => {
    expect(filingRefusal([{ field: 'engagementId', engagementId: besEngagement }], known, { bureau: 'PBOT', staff: true })).toBeNull();
  });

  it('refuses an engagement feedback does not know with 422, for staff too', () => {
    const refusal = filingRefusal([{ field: 'comments.1.engagementId', engagementId: unknown }], known, { bureau: 'PBOT', staff: true });
    expect(refusal?.status).toBe(422);
    expect(refusal?.problems).toEqual([{ field: 'comments.1.engagementId', rule: 'knownEngagement', message: expect.stringMatching(/^engagement .* is not known; .*try again shortly/) }]);
  });

  it('names each engagement once, at its first comment, and answers 403 when any is another bureau’s', () => {
    const refusal = filingRefusal(
      [
        { field: 'comments.0.engagementId', engagementId: unknown },
        { field: 'comments.1.engagementId', engagementId: besEngagement },
        { field: 'comments.2.engagementId', engagementId: unknown },
        { field: 'comments.3.engagementId', engagementId: pbotEngagement },
      ],
      known,
      pbot,
    );
    expect(refusal?.status).toBe(403);
    expect(refusal?.problems.map((p) => p.field)).toEqual(['comments.0.engagementId', 'comments.1.engagementId']);
    expect(refusal?.problems[0].message).toContain('(2 comments name it)');
  });
});

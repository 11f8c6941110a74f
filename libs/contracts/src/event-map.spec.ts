import { EventCatalog, Events } from './event-map.js';

describe('EventCatalog', () => {
  const catalog = new EventCatalog();

  it('finds a contract by its exact subject', () => {
    expect(catalog.get('civic.engagement.scheduled')).toBe(Events.EngagementScheduled);
  });

  it('lets a wildcard contract cover the subjects it matches, one token for *', () => {
    expect(catalog.get('civic.intake.engagement.PBOT')).toBe(Events.EngagementIntake);
    expect(catalog.get('civic.intake.engagement.PP&R')).toBe(Events.EngagementIntake);
    expect(catalog.get('civic.intake.engagement')).toBeUndefined();
    expect(catalog.get('civic.intake.engagement.PBOT.extra')).toBeUndefined();
  });

  it('prefers a subject’s own contract over a wildcard that also matches it', () => {
    expect(catalog.get('civic.intake.engagement.rejected')).toBe(Events.EngagementIntakeRejected);
  });
});

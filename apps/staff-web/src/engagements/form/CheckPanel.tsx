import { Button } from '@trussworks/react-uswds';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { EngagementCheck } from '../../api/models';
import { problemMessage } from '../../api/problem';
import { formatPeriod } from '../city-time';

type Severity = 'info' | 'low' | 'medium' | 'high';

function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useTranslation('form');
  return <span className={`staff-severity staff-severity--${severity}`}>{t('check.severityLabel', { severity: t(`check.severity.${severity}`) })}</span>;
}

/**
 * What the engagement as typed would raise, in plain words: conflicts with other bureaus'
 * engagements, communities asked too often, and nearby times without either, as buttons.
 */
export function CheckPanel({ check, checkable, self, onPick }: { check: UseQueryResult<EngagementCheck>; checkable: boolean; self(id: string, title: string): boolean; onPick(startsAt: string, endsAt: string): void }) {
  const { t } = useTranslation('form');
  const result = check.data;
  const status = !checkable
    ? t('check.incomplete')
    : check.isFetching
      ? t('check.checking')
      : check.isError
        ? t('check.failed', { message: problemMessage(check.error) })
        : result && result.conflicts.length === 0 && result.fatigue.length === 0
          ? t('check.clear')
          : '';
  return (
    <section className="staff-check" aria-labelledby="check-title">
      <h2 id="check-title" className="staff-check__title">
        {t('check.title')}
      </h2>
      <div aria-live="polite" aria-atomic="false">
        {status && <p className="staff-check__status">{status}</p>}
        {checkable && result && !check.isError && (
          <>
            {result.alreadyPublished && <p>{t('check.alreadyPublished')}</p>}
            {result.conflicts.length > 0 && (
              <>
                <h3 className="staff-check__subtitle">{t('check.conflicts')}</h3>
                <ul className="usa-list usa-list--unstyled staff-check__list">
                  {result.conflicts.map((conflict) =>
                    conflict.engagements
                      .filter((other) => !self(other.id, other.title))
                      .map((other) => (
                        <li key={`${conflict.conflictId}-${other.id}`} className="staff-check__item">
                          <SeverityTag severity={conflict.severity} />{' '}
                          <span>{t('check.conflict', { title: other.title, bureau: other.bureau, when: formatPeriod(other.startsAt, other.endsAt) })}</span>
                          {conflict.reasons.length > 0 && <span className="staff-subtle">{conflict.reasons.join('; ')}</span>}
                        </li>
                      )),
                  )}
                </ul>
              </>
            )}
            {result.fatigue.length > 0 && (
              <>
                <h3 className="staff-check__subtitle">{t('check.fatigue')}</h3>
                <ul className="usa-list usa-list--unstyled staff-check__list">
                  {result.fatigue.map((alert) => (
                    <li key={alert.organizationId} className="staff-check__item">
                      <SeverityTag severity={alert.scope.severity} />{' '}
                      <span>{t('check.fatigueLine', { organization: alert.organizationName, count: alert.engagements.length, days: alert.windowDays, threshold: alert.threshold })}</span>
                      {alert.suggestion && <span className="staff-subtle">{alert.suggestion}</span>}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {result.alternatives.length > 0 && (
              <>
                <h3 className="staff-check__subtitle">{t('check.alternatives')}</h3>
                <p className="staff-subtle">{t('check.alternativesHint')}</p>
                <ul className="usa-button-group staff-check__times">
                  {result.alternatives.map((slot) => (
                    <li key={slot.startsAt} className="usa-button-group__item">
                      <Button type="button" outline onClick={() => onPick(slot.startsAt, slot.endsAt)}>
                        {t('check.useTime', { when: formatPeriod(slot.startsAt, slot.endsAt) })}
                      </Button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
    </section>
  );
}

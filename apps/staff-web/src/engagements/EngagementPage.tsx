import { Alert, Breadcrumb, BreadcrumbBar, BreadcrumbLink } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, type LinkProps } from 'react-router';
import { DataTable } from '../app/DataTable';
import { usePageTitle } from '../app/page-title';
import type { Engagement } from '../api/models';
import { problemMessage } from '../api/problem';
import { CITY_TIME_ZONE, formatMoment, formatPeriod } from './city-time';
import { districtsOf, placeOf } from './EngagementTable';
import { ACCESSIBILITY_FEATURES, accessibilityLabel, districtName, kindLabel, languageName, statusLabel } from './labels';
import { useMayChange } from './form/access';
import { STATUS_ACTIONS, type StatusAction } from './form/StatusForm';
import { useEngagement, useEngagementHistory, useOrganizations } from './queries';
import { StatusTag } from './StatusTag';

function Facts({ children }: { children: ReactNode }) {
  return <dl className="staff-facts">{children}</dl>;
}

/** A term and its value; a missing value says so rather than leaving a gap. */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  const { t } = useTranslation();
  const empty = children === undefined || children === null || children === false || children === '' || (Array.isArray(children) && children.length === 0);
  return (
    <div className="staff-facts__row">
      <dt>{term}</dt>
      <dd>{empty ? <span className="staff-subtle">{t('notGiven')}</span> : children}</dd>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="staff-section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function RouterCrumb(props: LinkProps) {
  return <Link {...props} />;
}

function History({ id }: { id: string }) {
  const { t } = useTranslation('engagements');
  const history = useEngagementHistory(id);
  if (history.isPending) return <p>{t('page.historyLoading')}</p>;
  if (history.isError) return <Alert type="error" headingLevel="h3" slim>{problemMessage(history.error)}</Alert>;
  if (history.data.length === 0) return <p>{t('page.historyNone')}</p>;
  const [when, change, reason] = [t('page.historyWhen'), t('page.historyChange'), t('page.historyReason')];
  return (
    <DataTable caption={t('page.historyCaption')} columns={[when, change, reason]}>
      {history.data.map((step) => (
        <tr key={`${step.at}-${step.to}`}>
          <td data-label={when}>{formatMoment(step.at)}</td>
          <td data-label={change}>{step.from ? t('page.historyStep', { from: statusLabel(step.from), to: statusLabel(step.to) }) : t('page.historyPublished', { status: statusLabel(step.to).toLowerCase() })}</td>
          <td data-label={reason}>{step.reason ?? <span className="staff-subtle">{t('page.historyNoReason')}</span>}</td>
        </tr>
      ))}
    </DataTable>
  );
}

const ACTION_WORDS: Record<StatusAction, 'page.cancel' | 'page.postpone' | 'page.reschedule' | 'page.markHeld'> = {
  postpone: 'page.postpone',
  reschedule: 'page.reschedule',
  held: 'page.markHeld',
  cancel: 'page.cancel',
};

/** Edit and the changes of status the engagement's status allows, for its bureau and the coordination team. */
function Actions({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation('engagements');
  const mayChange = useMayChange(engagement.bureau);
  if (!mayChange) return <p className="staff-subtle">{t('page.otherBureau', { bureau: engagement.bureau })}</p>;
  const actions = (Object.keys(STATUS_ACTIONS) as StatusAction[]).filter((a) => (STATUS_ACTIONS[a] as readonly string[]).includes(engagement.status));
  const editable = ['draft', 'scheduled', 'postponed'].includes(engagement.status);
  if (!editable && actions.length === 0) return null;
  return (
    <nav aria-label={t('page.actions')} className="staff-actions">
      <ul className="usa-button-group">
        {editable && (
          <li className="usa-button-group__item">
            <Link to={`/engagements/${engagement.id}/edit`} className="usa-button">
              {t('page.edit')}
            </Link>
          </li>
        )}
        {actions.map((action) => (
          <li key={action} className="usa-button-group__item">
            <Link to={`/engagements/${engagement.id}/${action}`} className={`usa-button ${action === 'cancel' ? 'usa-button--secondary' : 'usa-button--outline'}`}>
              {t(ACTION_WORDS[action])}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Details({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation('engagements');
  const neighborhoods = useOrganizations('neighborhood_association');
  const names = new Map((neighborhoods.data ?? []).map((n) => [n.id, n.name]));
  const offered = ACCESSIBILITY_FEATURES.filter((feature) => engagement.accessibility[feature]);
  const online = engagement.location.onlineUrl ?? engagement.onlineUrl;

  return (
    <>
      {engagement.status === 'cancelled' && (
        <Alert type="error" headingLevel="h2" heading={t('page.cancelledHeading')} className="staff-cancelled">
          {engagement.cancelledAt ? t('page.cancelledOn', { when: formatMoment(engagement.cancelledAt) }) : t('page.cancelledNoDate')}{' '}
          {engagement.cancellationReason ? t('page.reason', { reason: engagement.cancellationReason }) : t('page.noReason')}
        </Alert>
      )}
      {engagement.status === 'postponed' && (
        <Alert type="warning" headingLevel="h2" heading={t('page.postponedHeading')} slim>
          {t('page.postponed')}
        </Alert>
      )}
      <Section id="when-where" title={t('page.whenWhere')}>
        <Facts>
          <Fact term={t('page.when')}>{formatPeriod(engagement.startsAt, engagement.endsAt)}</Fact>
          {engagement.timeZone !== CITY_TIME_ZONE && <Fact term={t('page.zone')}>{engagement.timeZone}</Fact>}
          <Fact term={t('page.place')}>{placeOf(engagement)}</Fact>
          <Fact term={t('page.online')}>
            {online && (
              <a className="usa-link" href={online} rel="noreferrer">
                {online}
              </a>
            )}
          </Fact>
          <Fact term={t('page.districts')}>{districtsOf(engagement)}</Fact>
          <Fact term={t('page.neighborhoods')}>{(engagement.location.neighborhoodIds ?? []).map((id) => names.get(id) ?? id).join(', ')}</Fact>
        </Facts>
      </Section>
      <Section id="about" title={t('page.about')}>
        <Facts>
          <Fact term={t('page.bureau')}>{engagement.bureau}</Fact>
          <Fact term={t('page.type')}>{kindLabel(engagement.kind)}</Fact>
          <Fact term={t('page.description')}>{engagement.description && <p className="staff-description">{engagement.description}</p>}</Fact>
          <Fact term={t('page.expected')}>{engagement.expectedAttendance?.toLocaleString('en-US')}</Fact>
          {engagement.status === 'held' && <Fact term={t('page.came')}>{engagement.actualAttendance?.toLocaleString('en-US')}</Fact>}
          {engagement.heldAt && <Fact term={t('page.heldAt')}>{formatMoment(engagement.heldAt)}</Fact>}
          <Fact term={t('page.moreInfo')}>
            {engagement.externalUrl && (
              <a className="usa-link" href={engagement.externalUrl} rel="noreferrer">
                {engagement.externalUrl}
              </a>
            )}
          </Fact>
          <Fact term={t('page.reference')}>{engagement.externalId}</Fact>
        </Facts>
      </Section>
      <Section id="audience" title={t('page.audience')}>
        <Facts>
          <Fact term={t('page.organizations')}>
            {(engagement.audience.organizations ?? []).length > 0 && (
              <ul className="usa-list usa-list--unstyled">
                {(engagement.audience.organizations ?? []).map((o) => (
                  <li key={o.id}>{o.name}</li>
                ))}
              </ul>
            )}
          </Fact>
          <Fact term={t('page.districtsInvited')}>{(engagement.audience.councilDistricts ?? []).map(districtName).join(', ')}</Fact>
          <Fact term={t('page.communities')}>{(engagement.audience.communityTags ?? []).join(', ')}</Fact>
        </Facts>
      </Section>
      <Section id="access" title={t('page.access')}>
        <Facts>
          <Fact term={t('page.languages')}>{engagement.languages.map(languageName).join(', ')}</Fact>
          <Fact term={t('page.accessibilityOffered')}>
            {offered.length > 0 && (
              <ul className="usa-list usa-list--unstyled">
                {offered.map((feature) => (
                  <li key={feature}>{accessibilityLabel(feature)}</li>
                ))}
              </ul>
            )}
          </Fact>
        </Facts>
      </Section>
      {engagement.contact && (
        <Section id="contact" title={t('page.contact')}>
          <Facts>
            <Fact term={t('page.contactName')}>{engagement.contact.name}</Fact>
            <Fact term={t('page.contactEmail')}>{engagement.contact.email && <a className="usa-link" href={`mailto:${engagement.contact.email}`}>{engagement.contact.email}</a>}</Fact>
            <Fact term={t('page.contactPhone')}>{engagement.contact.phone}</Fact>
          </Facts>
        </Section>
      )}
      <Section id="history" title={t('page.history')}>
        <History id={engagement.id} />
      </Section>
      <Section id="record" title={t('page.record')}>
        <Facts>
          <Fact term={t('page.updated')}>{formatMoment(engagement.updatedAt)}</Fact>
          <Fact term={t('page.version')}>{engagement.version}</Fact>
          <Fact term={t('page.id')}>
            <code>{engagement.id}</code>
          </Fact>
        </Facts>
      </Section>
    </>
  );
}

export function EngagementPage() {
  const { t } = useTranslation('engagements');
  const { id = '' } = useParams();
  const location = useLocation();
  const engagement = useEngagement(id);
  // Back to the list as it was filtered, when the person came from it.
  const state = location.state as { back?: string; notice?: string } | null;
  const back = state?.back ?? '/engagements';
  usePageTitle(engagement.data ? engagement.data.title : engagement.isError ? t('page.notAvailable') : t('page.fallbackTitle'));

  return (
    <>
      <BreadcrumbBar>
        <Breadcrumb>
          <BreadcrumbLink<LinkProps> asCustom={RouterCrumb} to={back}>
            {t('title')}
          </BreadcrumbLink>
        </Breadcrumb>
        <Breadcrumb current>{engagement.data?.title ?? t('page.fallbackTitle')}</Breadcrumb>
      </BreadcrumbBar>
      {/* One heading throughout, so the focus given to it on arrival stays as the page loads. */}
      <div className="staff-title-row">
        <h1>{engagement.data?.title ?? (engagement.isError ? t('page.notAvailable') : t('page.loading'))}</h1>
        {engagement.data && <StatusTag status={engagement.data.status} />}
      </div>
      {engagement.isError && (
        <Alert type="error" headingLevel="h2" heading={t('page.couldNotShow')} slim>
          {problemMessage(engagement.error)}
        </Alert>
      )}
      {engagement.data && (
        <>
          <p className="usa-intro staff-intro">
            {t('page.byline', { kind: kindLabel(engagement.data.kind), bureau: engagement.data.bureau, when: formatPeriod(engagement.data.startsAt, engagement.data.endsAt) })}
          </p>
          {state?.notice && (
            <Alert type="success" headingLevel="h2" slim role="status">
              {state.notice}
            </Alert>
          )}
          <Actions engagement={engagement.data} />
          <Details engagement={engagement.data} />
        </>
      )}
    </>
  );
}

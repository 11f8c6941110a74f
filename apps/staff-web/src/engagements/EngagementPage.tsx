import { Alert, Breadcrumb, BreadcrumbBar, BreadcrumbLink } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams, type LinkProps } from 'react-router';
import { DataTable } from '../app/DataTable';
import { usePageTitle } from '../app/page-title';
import type { Engagement } from '../api/models';
import { problemMessage } from '../api/problem';
import { CITY_TIME_ZONE, formatMoment, formatPeriod } from './city-time';
import { districtsOf, placeOf } from './EngagementTable';
import { ACCESSIBILITY_LABELS, isAccessibility, kindLabel, languageName, statusLabel } from './labels';
import { useEngagement, useEngagementHistory, useOrganizations } from './queries';
import { StatusTag } from './StatusTag';

function Facts({ children }: { children: ReactNode }) {
  return <dl className="staff-facts">{children}</dl>;
}

/** A term and its value; a missing value says so rather than leaving a gap. */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  const empty = children === undefined || children === null || children === false || children === '' || (Array.isArray(children) && children.length === 0);
  return (
    <div className="staff-facts__row">
      <dt>{term}</dt>
      <dd>{empty ? <span className="staff-subtle">Not given</span> : children}</dd>
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
  const history = useEngagementHistory(id);
  if (history.isPending) return <p>Loading its history…</p>;
  if (history.isError) return <Alert type="error" headingLevel="h3" slim>{problemMessage(history.error)}</Alert>;
  if (history.data.length === 0) return <p>No change of status has been recorded.</p>;
  return (
    <DataTable caption="Every status it has had, oldest first" columns={['When', 'Change', 'Reason']}>
      {history.data.map((step) => (
        <tr key={`${step.at}-${step.to}`}>
          <td data-label="When">{formatMoment(step.at)}</td>
          <td data-label="Change">{step.from ? `${statusLabel(step.from)} to ${statusLabel(step.to)}` : `Published as ${statusLabel(step.to).toLowerCase()}`}</td>
          <td data-label="Reason">{step.reason ?? <span className="staff-subtle">None given</span>}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function Details({ engagement }: { engagement: Engagement }) {
  const neighborhoods = useOrganizations('neighborhood_association');
  const names = new Map((neighborhoods.data ?? []).map((n) => [n.id, n.name]));
  const offered = Object.entries(engagement.accessibility).filter(([feature, on]) => on && isAccessibility(feature));
  const online = engagement.location.onlineUrl ?? engagement.onlineUrl;

  return (
    <>
      {engagement.status === 'cancelled' && (
        <Alert type="error" headingLevel="h2" heading="Cancelled" className="staff-cancelled">
          {engagement.cancelledAt ? `Cancelled on ${formatMoment(engagement.cancelledAt)}.` : 'This engagement was cancelled.'}{' '}
          {engagement.cancellationReason ? `The bureau’s reason: ${engagement.cancellationReason}` : 'The bureau gave no reason.'}
        </Alert>
      )}
      {engagement.status === 'postponed' && (
        <Alert type="warning" headingLevel="h2" heading="Postponed" slim>
          The bureau has postponed this engagement; the time below is no longer planned.
        </Alert>
      )}
      <Section id="when-where" title="When and where">
        <Facts>
          <Fact term="When">{formatPeriod(engagement.startsAt, engagement.endsAt)}</Fact>
          {engagement.timeZone !== CITY_TIME_ZONE && <Fact term="Scheduled in time zone">{engagement.timeZone}</Fact>}
          <Fact term="Place">{placeOf(engagement)}</Fact>
          <Fact term="Online">
            {online && (
              <a className="usa-link" href={online} rel="noreferrer">
                {online}
              </a>
            )}
          </Fact>
          <Fact term="Council districts">{districtsOf(engagement)}</Fact>
          <Fact term="Neighborhood associations">{(engagement.location.neighborhoodIds ?? []).map((id) => names.get(id) ?? id).join(', ')}</Fact>
        </Facts>
      </Section>
      <Section id="about" title="About it">
        <Facts>
          <Fact term="Bureau">{engagement.bureau}</Fact>
          <Fact term="Type">{kindLabel(engagement.kind)}</Fact>
          <Fact term="Description">{engagement.description && <p className="staff-description">{engagement.description}</p>}</Fact>
          <Fact term="People expected">{engagement.expectedAttendance?.toLocaleString('en-US')}</Fact>
          {engagement.status === 'held' && <Fact term="People who came">{engagement.actualAttendance?.toLocaleString('en-US')}</Fact>}
          {engagement.heldAt && <Fact term="Marked held">{formatMoment(engagement.heldAt)}</Fact>}
          <Fact term="More information">
            {engagement.externalUrl && (
              <a className="usa-link" href={engagement.externalUrl} rel="noreferrer">
                {engagement.externalUrl}
              </a>
            )}
          </Fact>
          <Fact term="Bureau’s reference">{engagement.externalId}</Fact>
        </Facts>
      </Section>
      <Section id="audience" title="Who it is for">
        <Facts>
          <Fact term="Organizations invited">
            {(engagement.audience.organizations ?? []).length > 0 && (
              <ul className="usa-list usa-list--unstyled">
                {(engagement.audience.organizations ?? []).map((o) => (
                  <li key={o.id}>{o.name}</li>
                ))}
              </ul>
            )}
          </Fact>
          <Fact term="Council districts invited">{(engagement.audience.councilDistricts ?? []).map((d) => `District ${d}`).join(', ')}</Fact>
          <Fact term="Communities">{(engagement.audience.communityTags ?? []).join(', ')}</Fact>
        </Facts>
      </Section>
      <Section id="access" title="Languages and accessibility">
        <Facts>
          <Fact term="Languages offered">{engagement.languages.map(languageName).join(', ')}</Fact>
          <Fact term="Accessibility offered">
            {offered.length > 0 && (
              <ul className="usa-list usa-list--unstyled">
                {offered.map(([feature]) => (
                  <li key={feature}>{ACCESSIBILITY_LABELS[feature as keyof typeof ACCESSIBILITY_LABELS]}</li>
                ))}
              </ul>
            )}
          </Fact>
        </Facts>
      </Section>
      {engagement.contact && (
        <Section id="contact" title="Bureau contact">
          <Facts>
            <Fact term="Name">{engagement.contact.name}</Fact>
            <Fact term="Email">{engagement.contact.email && <a className="usa-link" href={`mailto:${engagement.contact.email}`}>{engagement.contact.email}</a>}</Fact>
            <Fact term="Phone">{engagement.contact.phone}</Fact>
          </Facts>
        </Section>
      )}
      <Section id="history" title="Status history">
        <History id={engagement.id} />
      </Section>
      <Section id="record" title="Record">
        <Facts>
          <Fact term="Last changed">{formatMoment(engagement.updatedAt)}</Fact>
          <Fact term="Version">{engagement.version}</Fact>
          <Fact term="Engagement id">
            <code>{engagement.id}</code>
          </Fact>
        </Facts>
      </Section>
    </>
  );
}

export function EngagementPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const engagement = useEngagement(id);
  // Back to the list as it was filtered, when the person came from it.
  const back = (location.state as { back?: string } | null)?.back ?? '/engagements';
  usePageTitle(engagement.data ? engagement.data.title : engagement.isError ? 'Engagement not available' : 'Engagement');

  return (
    <>
      <BreadcrumbBar>
        <Breadcrumb>
          <BreadcrumbLink<LinkProps> asCustom={RouterCrumb} to={back}>
            Engagements
          </BreadcrumbLink>
        </Breadcrumb>
        <Breadcrumb current>{engagement.data?.title ?? 'Engagement'}</Breadcrumb>
      </BreadcrumbBar>
      {/* One heading throughout, so the focus given to it on arrival stays as the page loads. */}
      <div className="staff-title-row">
        <h1>{engagement.data?.title ?? (engagement.isError ? 'Engagement not available' : 'Loading the engagement…')}</h1>
        {engagement.data && <StatusTag status={engagement.data.status} />}
      </div>
      {engagement.isError && (
        <Alert type="error" headingLevel="h2" heading="It could not be shown" slim>
          {problemMessage(engagement.error)}
        </Alert>
      )}
      {engagement.data && (
        <>
          <p className="usa-intro staff-intro">
            {kindLabel(engagement.data.kind)} by {engagement.data.bureau}, {formatPeriod(engagement.data.startsAt, engagement.data.endsAt)}
          </p>
          <Details engagement={engagement.data} />
        </>
      )}
    </>
  );
}

import { Link } from 'react-router';
import { DataTable } from '../app/DataTable';
import type { Engagement } from '../api/models';
import { formatPeriod } from './city-time';
import { kindLabel } from './labels';
import { StatusTag } from './StatusTag';

/** Where, in a few words: the address, online, or both. */
export function placeOf(engagement: Engagement): string {
  const address = engagement.location.address ?? engagement.address;
  const online = engagement.location.onlineUrl ?? engagement.onlineUrl;
  if (address && online) return `${address}, and online`;
  return address ?? (online ? 'Online' : 'Place to be announced');
}

export function districtsOf(engagement: Engagement): string {
  const districts = engagement.location.councilDistricts ?? [];
  if (districts.length === 0) return '';
  return `${districts.length === 1 ? 'District' : 'Districts'} ${districts.join(', ')}`;
}

/** Engagements, a row each, a cancelled one marked in words and set apart. */
export function EngagementTable({ engagements, caption, back }: { engagements: Engagement[]; caption: string; back: string }) {
  return (
    <DataTable caption={caption} columns={['Engagement', 'When', 'Bureau', 'Where', 'Status']} className="staff-engagements">
      {engagements.map((engagement) => (
        <tr key={engagement.id} className={engagement.status === 'cancelled' ? 'staff-row--cancelled' : undefined}>
          <th scope="row" data-label="Engagement">
            <Link to={`/engagements/${engagement.id}`} state={{ back }} className="usa-link staff-engagement-link">
              {engagement.title}
            </Link>
            <span className="staff-subtle">{kindLabel(engagement.kind)}</span>
          </th>
          <td data-label="When">{formatPeriod(engagement.startsAt, engagement.endsAt)}</td>
          <td data-label="Bureau">{engagement.bureau}</td>
          <td data-label="Where">
            {placeOf(engagement)}
            {districtsOf(engagement) && <span className="staff-subtle">{districtsOf(engagement)}</span>}
          </td>
          <td data-label="Status">
            <StatusTag status={engagement.status} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../app/DataTable';
import type { Engagement } from '../api/models';
import { i18n } from '../i18n';
import { formatPeriod } from './city-time';
import { kindLabel } from './labels';
import { StatusTag } from './StatusTag';

/** Where, in a few words: the address, online, or both. */
export function placeOf(engagement: Engagement): string {
  const address = engagement.location.address ?? engagement.address;
  const online = engagement.location.onlineUrl ?? engagement.onlineUrl;
  const t = i18n.getFixedT(null, 'engagements');
  if (address && online) return t('place.both', { address });
  return address ?? (online ? t('place.online') : t('place.unknown'));
}

export function districtsOf(engagement: Engagement): string {
  const districts = engagement.location.councilDistricts ?? [];
  if (districts.length === 0) return '';
  return i18n.t('engagements:district', { count: districts.length, list: districts.join(', ') });
}

/** Engagements, a row each, a cancelled one marked in words and set apart. */
export function EngagementTable({ engagements, caption, back }: { engagements: Engagement[]; caption: string; back: string }) {
  const { t } = useTranslation('engagements');
  const [name, when, bureau, where, status] = [t('table.engagement'), t('table.when'), t('table.bureau'), t('table.where'), t('table.status')];
  return (
    <DataTable caption={caption} columns={[name, when, bureau, where, status]} className="staff-engagements">
      {engagements.map((engagement) => (
        <tr key={engagement.id} className={engagement.status === 'cancelled' ? 'staff-row--cancelled' : undefined}>
          <th scope="row" data-label={name}>
            <Link to={`/engagements/${engagement.id}`} state={{ back }} className="usa-link staff-engagement-link">
              {engagement.title}
            </Link>
            <span className="staff-subtle">{kindLabel(engagement.kind)}</span>
          </th>
          <td data-label={when}>{formatPeriod(engagement.startsAt, engagement.endsAt)}</td>
          <td data-label={bureau}>{engagement.bureau}</td>
          <td data-label={where}>
            {placeOf(engagement)}
            {districtsOf(engagement) && <span className="staff-subtle">{districtsOf(engagement)}</span>}
          </td>
          <td data-label={status}>
            <StatusTag status={engagement.status} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

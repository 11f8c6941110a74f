import { Alert, Button, ButtonGroup } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../app/DataTable';
import type { FieldChange, FormField } from './form-values';

/** After a 412: what someone else changed, field by field, theirs beside the staffer's, and the two ways on. */
export function StalePanel({ changes, labels, onReload, onReapply }: { changes: FieldChange[]; labels: Record<FormField, string>; onReload(): void; onReapply(): void }) {
  const { t } = useTranslation('form');
  const shown = (value: string) => value || <span className="staff-subtle">{t('stale.empty')}</span>;
  const [field, theirs, yours] = [t('stale.field'), t('stale.theirs'), t('stale.yours')];
  return (
    <Alert type="warning" headingLevel="h2" heading={t('stale.heading')} className="staff-stale" role="alert">
      <p>{t('stale.intro')}</p>
      <DataTable caption={t('stale.heading')} columns={[field, theirs, yours]}>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row" data-label={field}>
              {labels[change.field]}
              {change.clash && <span className="staff-subtle">{t('stale.clash')}</span>}
            </th>
            <td data-label={theirs}>{shown(change.theirs)}</td>
            <td data-label={yours}>{shown(change.yours)}</td>
          </tr>
        ))}
      </DataTable>
      <ButtonGroup>
        <Button type="button" onClick={onReload}>
          {t('stale.reload')}
        </Button>
        <Button type="button" outline onClick={onReapply}>
          {t('stale.reapply')}
        </Button>
      </ButtonGroup>
    </Alert>
  );
}

import { Button, Fieldset, Form, Label, Select, TextInput } from '@trussworks/react-uswds';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { filtersFromSearch, FILTER_NAMES, type EngagementFilters } from './filters';
import { ACCESSIBILITY_FEATURES, accessibilityLabel, COMMON_LANGUAGES, COUNCIL_DISTRICTS, districtName, kindLabel, KINDS, languageName, statusLabel, STATUSES } from './labels';
import { useOrganizations } from './queries';

interface Props {
  filters: EngagementFilters;
  /** Where "Clear all filters" goes: the same view, unfiltered. */
  clearTo: string;
  onApply(filters: EngagementFilters): void;
}

function Field({ id, label, hint, children }: { id: string; label: string; hint?: string; children: ReactNode }) {
  return (
    <div className="staff-field">
      <Label htmlFor={id}>{label}</Label>
      {hint && (
        <span className="usa-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {children}
    </div>
  );
}

/** Choices for a select: "Any" first, and the current value even if the list does not (yet) hold it. */
function Choices({ options, current }: { options: Array<[string, string]>; current: string | undefined }) {
  const { t } = useTranslation('engagements');
  const all = current && !options.some(([value]) => value === current) ? [...options, [current, current] as [string, string]] : options;
  return (
    <>
      <option value="">{t('filters.any')}</option>
      {all.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  );
}

function SelectField({ name, label, options, current }: { name: string; label: string; options: Array<[string, string]>; current: string | undefined }) {
  const id = `filter-${name}`;
  return (
    <Field id={id} label={label}>
      <Select id={id} name={name} defaultValue={current ?? ''}>
        <Choices options={options} current={current} />
      </Select>
    </Field>
  );
}

/**
 * The filters as a form. It applies on submit, not on every keystroke, so each applied view is one
 * entry in the browser's history and a screen reader hears one new result count.
 */
export function EngagementFilterForm({ filters, clearTo, onApply }: Props) {
  const { t } = useTranslation('engagements');
  const bureaus = useOrganizations('bureau');
  const neighborhoods = useOrganizations('neighborhood_association');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const search = new URLSearchParams();
    for (const name of FILTER_NAMES) search.set(name, String(data.get(name) ?? ''));
    onApply(filtersFromSearch(search));
  };

  const bureauChoices: Array<[string, string]> = (bureaus.data ?? [])
    .filter((b) => b.bureauCode)
    .map((b) => [b.bureauCode!, t('filters.bureauChoice', { name: b.name, code: b.bureauCode })]);
  const neighborhoodChoices: Array<[string, string]> = (neighborhoods.data ?? []).map((n) => [n.slug, n.name]);

  return (
    <Form onSubmit={submit} className="staff-filters" role="search" aria-label={t('filters.legend')}>
      <Fieldset legend={t('filters.legend')} legendStyle="large">
        <Field id="filter-q" label={t('filters.q')} hint={t('filters.qHint')}>
          <TextInput id="filter-q" name="q" type="search" defaultValue={filters.q} aria-describedby="filter-q-hint" />
        </Field>
        <SelectField name="bureau" label={t('filters.bureau')} options={bureauChoices} current={filters.bureau} />
        <SelectField name="status" label={t('filters.status')} options={STATUSES.map((s) => [s, statusLabel(s)])} current={filters.status} />
        <SelectField name="kind" label={t('filters.kind')} options={KINDS.map((k) => [k, kindLabel(k)])} current={filters.kind} />
        <Field id="filter-from" label={t('filters.from')} hint={t('filters.fromHint')}>
          <input className="usa-input" id="filter-from" name="from" type="date" defaultValue={filters.from} aria-describedby="filter-from-hint" />
        </Field>
        <Field id="filter-to" label={t('filters.to')} hint={t('filters.toHint')}>
          <input className="usa-input" id="filter-to" name="to" type="date" defaultValue={filters.to} aria-describedby="filter-to-hint" />
        </Field>
        <SelectField name="district" label={t('filters.district')} options={COUNCIL_DISTRICTS.map((d) => [d, districtName(d)])} current={filters.district} />
        <SelectField name="neighborhood" label={t('filters.neighborhood')} options={neighborhoodChoices} current={filters.neighborhood} />
        <SelectField name="language" label={t('filters.language')} options={COMMON_LANGUAGES.map((tag) => [tag, languageName(tag)])} current={filters.language} />
        <SelectField name="accessibility" label={t('filters.accessibility')} options={ACCESSIBILITY_FEATURES.map((f) => [f, accessibilityLabel(f)])} current={filters.accessibility} />
        <div className="staff-filters__actions">
          <Button type="submit">{t('filters.apply')}</Button>
          <Link to={clearTo} className="usa-button usa-button--unstyled">
            {t('clearFilters')}
          </Link>
        </div>
      </Fieldset>
    </Form>
  );
}

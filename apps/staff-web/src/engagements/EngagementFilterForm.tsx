import { Button, Fieldset, Form, Label, Select, TextInput } from '@trussworks/react-uswds';
import type { FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { filtersFromSearch, FILTER_NAMES, type EngagementFilters } from './filters';
import { ACCESSIBILITY_LABELS, COMMON_LANGUAGES, COUNCIL_DISTRICTS, KIND_LABELS, languageName, STATUS_LABELS } from './labels';
import { useOrganizations } from './queries';

interface Props {
  filters: EngagementFilters;
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
  const all = current && !options.some(([value]) => value === current) ? [...options, [current, current] as [string, string]] : options;
  return (
    <>
      <option value="">Any</option>
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
export function EngagementFilterForm({ filters, onApply }: Props) {
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
    .map((b) => [b.bureauCode!, `${b.name} (${b.bureauCode})`]);
  const neighborhoodChoices: Array<[string, string]> = (neighborhoods.data ?? []).map((n) => [n.slug, n.name]);

  return (
    <Form onSubmit={submit} className="staff-filters" role="search" aria-label="Filter engagements">
      <Fieldset legend="Filter engagements" legendStyle="large">
        <Field id="filter-q" label="Words" hint="In the title, description or address">
          <TextInput id="filter-q" name="q" type="search" defaultValue={filters.q} aria-describedby="filter-q-hint" />
        </Field>
        <SelectField name="bureau" label="Bureau" options={bureauChoices} current={filters.bureau} />
        <SelectField name="status" label="Status" options={Object.entries(STATUS_LABELS)} current={filters.status} />
        <SelectField name="kind" label="Type of engagement" options={Object.entries(KIND_LABELS)} current={filters.kind} />
        <Field id="filter-from" label="From" hint="First day, Pacific Time">
          <input className="usa-input" id="filter-from" name="from" type="date" defaultValue={filters.from} aria-describedby="filter-from-hint" />
        </Field>
        <Field id="filter-to" label="To" hint="Last day, Pacific Time">
          <input className="usa-input" id="filter-to" name="to" type="date" defaultValue={filters.to} aria-describedby="filter-to-hint" />
        </Field>
        <SelectField name="district" label="Council district" options={COUNCIL_DISTRICTS.map((d) => [d, `District ${d}`])} current={filters.district} />
        <SelectField name="neighborhood" label="Neighborhood association" options={neighborhoodChoices} current={filters.neighborhood} />
        <SelectField name="language" label="Language offered" options={COMMON_LANGUAGES.map((tag) => [tag, languageName(tag)])} current={filters.language} />
        <SelectField name="accessibility" label="Accessibility offered" options={Object.entries(ACCESSIBILITY_LABELS)} current={filters.accessibility} />
        <div className="staff-filters__actions">
          <Button type="submit">Apply filters</Button>
          <Link to="/engagements" className="usa-button usa-button--unstyled">
            Clear all filters
          </Link>
        </div>
      </Fieldset>
    </Form>
  );
}

import { ErrorMessage, FormGroup, Label } from '@trussworks/react-uswds';
import { useEffect, useRef, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { FormField, FormProblems } from './form-values';

export const fieldId = (field: FormField): string => `field-${field}`;

/** The ids an input is described by: its hint and its errors. */
export const describedBy = (field: FormField, hint: boolean, errors: string[] | undefined): string | undefined =>
  [hint ? `${fieldId(field)}-hint` : '', errors?.length ? `${fieldId(field)}-error` : ''].filter(Boolean).join(' ') || undefined;

/** A labelled field, its hint, and the API's messages about it beside it (the USWDS error pattern). */
export function Field({ field, label, hint, required, errors, children }: { field: FormField; label: string; hint?: string; required?: boolean; errors?: string[]; children: ReactNode }) {
  const id = fieldId(field);
  return (
    <FormGroup error={Boolean(errors?.length)}>
      <Label htmlFor={id} error={Boolean(errors?.length)} requiredMarker={required}>
        {label}
      </Label>
      {hint && (
        <span className="usa-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {errors?.length ? <ErrorMessage id={`${id}-error`}>{errors.join(' ')}</ErrorMessage> : null}
      {children}
    </FormGroup>
  );
}

/** Every problem at the top of the form, each linking to its field; focused when it appears. */
export function ErrorSummary({ problems, labels }: { problems: FormProblems; labels: Partial<Record<FormField, string>> }) {
  const { t } = useTranslation('form');
  const box = useRef<HTMLDivElement>(null);
  const entries = Object.entries(problems.fields) as Array<[FormField, string[]]>;
  useEffect(() => box.current?.focus(), [problems]);
  const count = entries.length + problems.other.length;
  return (
    <div className="usa-alert usa-alert--error staff-error-summary" role="alert" tabIndex={-1} ref={box} aria-labelledby="error-summary-heading">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="error-summary-heading">
          {t('errors.headingCount', { count })}
        </h2>
        <ul className="usa-list">
          {entries.map(([field, messages]) => (
            <li key={field}>
              <a
                className="usa-link"
                href={`#${fieldId(field)}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(fieldId(field))?.focus();
                }}
              >
                {labels[field] ?? field}: {messages.join(' ')}
              </a>
            </li>
          ))}
          {problems.other.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function RequiredNote() {
  const { t } = useTranslation('form');
  return (
    <p className="usa-hint">
      <Trans t={t} i18nKey="required" components={[<abbr key="star" title="required" className="usa-hint usa-hint--required" />]} />
    </p>
  );
}

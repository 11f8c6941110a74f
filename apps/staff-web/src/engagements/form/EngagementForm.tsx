import { Alert, Button, Fieldset, Form, Select, Textarea, TextInput } from '@trussworks/react-uswds';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { usePageTitle } from '../../app/page-title';
import { api } from '../../api/client';
import type { Engagement } from '../../api/models';
import { ApiProblem, dataOrThrow, problemMessage } from '../../api/problem';
import { useAuth } from '../../auth/auth';
import { cityClock, cityDay } from '../city-time';
import { districtName, kindLabel, KINDS } from '../labels';
import { useOrganizations } from '../queries';
import { useMayChange } from './access';
import { CheckPanel } from './CheckPanel';
import { changesOf, EMPTY_VALUES, FORM_FIELDS, formProblems, inputOf, isCheckable, reapplied, valuesOf, versionDiff, type FieldChange, type FormField, type FormProblems, type FormValues } from './form-values';
import { describedBy, ErrorSummary, Field, fieldId, RequiredNote } from './FormParts';
import { PlaceMap } from './PlaceMap';
import { useEngagementVersion, useLiveCheck, useLookup } from './queries';
import { StalePanel } from './StalePanel';

/** The fields a publish cannot do without, named before asking the API. */
const REQUIRED: FormField[] = ['title', 'kind', 'date', 'start', 'end'];

interface Stale {
  theirs: FormValues;
  etag: string;
  changes: FieldChange[];
}

function PinPlace({ lat, lon }: { lat: string; lon: string }) {
  const { t } = useTranslation('form');
  const lookup = useLookup(lat, lon);
  if (!lookup.data) return lookup.isFetching ? <p className="staff-subtle">{t('place.looking')}</p> : null;
  const places = [...lookup.data.neighborhoodAssociations.map((n) => n.name), ...lookup.data.councilDistricts.map((d) => districtName(d.name.replace(/\D+/g, '') || d.name))];
  return (
    <p className="staff-pin-place" aria-live="polite">
      {places.length ? t('place.in', { places: places.join(', ') }) : t('place.nowhere')}
    </p>
  );
}

/** The form to publish an engagement (no id) or to edit one, checked live as the staffer types. */
function EngagementFormBody({ original, etag: firstEtag }: { original?: Engagement; etag?: string }) {
  const { t } = useTranslation('form');
  const { principal } = useAuth();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const bureaus = useOrganizations('bureau');
  const neighborhoods = useOrganizations('neighborhood_association');
  const [base, setBase] = useState<FormValues>(() => (original ? valuesOf(original) : EMPTY_VALUES));
  const [values, setValues] = useState<FormValues>(base);
  const [etag, setEtag] = useState(firstEtag ?? '');
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [stale, setStale] = useState<Stale | null>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  // One name for this publish, so a second press (or a retry after a lost answer) publishes once.
  const [attempt] = useState(() => crypto.randomUUID());
  const edit = useMemo(() => (original ? { id: original.id, etag, base } : undefined), [original, etag, base]);
  const check = useLiveCheck(values, edit);
  const choosesBureau = !original && principal?.role !== 'bureau';

  const labels = useMemo(() => Object.fromEntries(FORM_FIELDS.map((f) => [f, t(`fields.${f}`)])) as Record<FormField, string>, [t]);
  const set = (field: FormField) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [field]: event.target.value }));
  const errorsOf = (field: FormField) => problems?.fields[field];
  const input = (field: FormField, hint = false) => ({
    id: fieldId(field),
    name: field,
    value: values[field],
    onChange: set(field),
    'aria-describedby': describedBy(field, hint, errorsOf(field)),
    'aria-invalid': errorsOf(field) ? true : undefined,
    validationStatus: errorsOf(field) ? ('error' as const) : undefined,
  });

  // Date and time inputs are the browser's own (USWDS styles them), so they take the class, not validationStatus.
  const native = (field: FormField, hint = false, size = '') => {
    const { validationStatus, ...rest } = input(field, hint);
    return { ...rest, className: `usa-input${size}${validationStatus ? ' usa-input--error' : ''}` };
  };

  const pick = (startsAt: string, endsAt: string) =>
    setValues((v) => ({ ...v, date: cityDay(new Date(startsAt)), start: cityClock(new Date(startsAt)), end: cityClock(new Date(endsAt)) }));

  const fromNeighborhood = (event: ChangeEvent<HTMLSelectElement>) => {
    const point = neighborhoods.data?.find((n) => n.slug === event.target.value)?.representativePoint;
    if (point) setValues((v) => ({ ...v, lon: String(point[0]), lat: String(point[1]) }));
  };

  const missing = (): FormProblems | null => {
    // In the form's order, as the summary lists them.
    const fields = FORM_FIELDS.filter((f) => (REQUIRED.includes(f) || (f === 'bureau' && choosesBureau)) && !values[f].trim());
    if (fields.length === 0) return null;
    return { fields: Object.fromEntries(fields.map((f) => [f, [t('errors.missing', { field: labels[f].toLowerCase() })]])), other: [] };
  };

  const saved = async (id: string, done: 'published' | 'saved') => {
    await queries.invalidateQueries({ queryKey: ['engagements'] });
    await queries.invalidateQueries({ queryKey: ['engagement', id] });
    void navigate(`/engagements/${id}`, { state: { notice: t(`done.${done}`) } });
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice('');
    const before = missing();
    if (before) return setProblems(before);
    setBusy(true);
    try {
      if (original) {
        const answer = await api.PATCH('/v1/engagements/{id}', { params: { path: { id: original.id }, header: { 'If-Match': etag } }, body: changesOf(base, values) });
        if (answer.response.status === 412) {
          const now = await api.GET('/v1/engagements/{id}', { params: { path: { id: original.id } } });
          const theirs = valuesOf(dataOrThrow(now));
          setProblems(null);
          setStale({ theirs, etag: now.response.headers.get('etag') ?? '', changes: versionDiff(base, theirs, values) });
          return;
        }
        dataOrThrow(answer);
        await saved(original.id, 'saved');
      } else {
        const created = dataOrThrow(await api.POST('/v1/engagements', { params: { header: { 'Idempotency-Key': attempt } }, body: inputOf(values) }));
        await saved(created.id, 'published');
      }
    } catch (error) {
      setProblems(error instanceof ApiProblem && error.status < 500 && error.status !== 401 ? formProblems(error.errors, error.detail || error.title) : { fields: {}, other: [problemMessage(error)] });
    } finally {
      setBusy(false);
    }
  };

  const resolveStale = (mine: boolean) => {
    if (!stale) return;
    setValues(mine ? reapplied(base, stale.theirs, values) : stale.theirs);
    setBase(stale.theirs);
    setEtag(stale.etag);
    setStale(null);
    setNotice(mine ? t('stale.reapplied') : '');
  };

  const bureauChoices = (bureaus.data ?? []).filter((b) => b.bureauCode);
  return (
    <div className="grid-row grid-gap-lg">
      <div className="desktop:grid-col-7">
        {problems && <ErrorSummary problems={problems} labels={labels} />}
        {stale && <StalePanel changes={stale.changes} labels={labels} onReload={() => resolveStale(false)} onReapply={() => resolveStale(true)} />}
        {notice && (
          <Alert type="info" headingLevel="h2" slim role="status">
            {notice}
          </Alert>
        )}
        <Form onSubmit={(event) => void submit(event)} large noValidate className="staff-engagement-form">
          <RequiredNote />
          <Fieldset legend={t('sections.what')} legendStyle="large">
            {!original && principal?.role === 'bureau' && <p>{t('publishingFor', { bureau: principal.bureauCode })}</p>}
            {choosesBureau && (
              <Field field="bureau" label={labels.bureau} required errors={errorsOf('bureau')}>
                <Select {...input('bureau')} required>
                  <option value="">{t('fields.choose')}</option>
                  {bureauChoices.map((b) => (
                    <option key={b.id} value={b.bureauCode!}>
                      {b.name} ({b.bureauCode})
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            <Field field="title" label={labels.title} required errors={errorsOf('title')}>
              <TextInput {...input('title')} type="text" required maxLength={200} />
            </Field>
            <Field field="kind" label={labels.kind} required errors={errorsOf('kind')}>
              <Select {...input('kind')} required>
                <option value="">{t('fields.choose')}</option>
                {KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {kindLabel(kind)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field field="description" label={labels.description} hint={t('fields.descriptionHint')} errors={errorsOf('description')}>
              <Textarea {...input('description', true)} />
            </Field>
            <Field field="expectedAttendance" label={labels.expectedAttendance} errors={errorsOf('expectedAttendance')}>
              <TextInput {...input('expectedAttendance')} type="number" min={0} inputMode="numeric" className="usa-input--small" />
            </Field>
          </Fieldset>
          <Fieldset legend={t('sections.when')} legendStyle="large">
            <Field field="date" label={labels.date} hint={t('fields.dateHint')} required errors={errorsOf('date')}>
              <input {...native('date', true, ' usa-input--medium')} type="date" required />
            </Field>
            <div className="staff-times">
              <Field field="start" label={labels.start} hint={t('fields.timeHint')} required errors={errorsOf('start')}>
                <input {...native('start', true)} type="time" required step={900} />
              </Field>
              <Field field="end" label={labels.end} required errors={errorsOf('end')}>
                <input {...native('end')} type="time" required step={900} />
              </Field>
            </div>
          </Fieldset>
          <Fieldset legend={t('sections.where')} legendStyle="large">
            <Field field="address" label={labels.address} hint={t('fields.addressHint')} errors={errorsOf('address')}>
              <TextInput {...input('address', true)} type="text" autoComplete="street-address" />
            </Field>
            <div className="usa-form-group">
              <label className="usa-label" htmlFor="place-neighborhood">
                {t('place.neighborhood')}
              </label>
              <span className="usa-hint" id="place-neighborhood-hint">
                {t('place.neighborhoodHint')}
              </span>
              <Select id="place-neighborhood" name="place-neighborhood" defaultValue="" onChange={fromNeighborhood} aria-describedby="place-neighborhood-hint">
                <option value="">{t('fields.choose')}</option>
                {(neighborhoods.data ?? []).map((n) => (
                  <option key={n.id} value={n.slug}>
                    {n.name}
                  </option>
                ))}
              </Select>
            </div>
            <p className="usa-hint staff-map-hint">{t('place.mapHint')}</p>
            <PlaceMap lat={values.lat} lon={values.lon} onMove={(lat, lon) => setValues((v) => ({ ...v, lat, lon }))} />
            <div className="staff-times">
              <Field field="lat" label={labels.lat} errors={errorsOf('lat')}>
                <TextInput {...input('lat')} type="text" inputMode="decimal" />
              </Field>
              <Field field="lon" label={labels.lon} errors={errorsOf('lon')}>
                <TextInput {...input('lon')} type="text" inputMode="decimal" />
              </Field>
            </div>
            <PinPlace lat={values.lat} lon={values.lon} />
            <Field field="onlineUrl" label={labels.onlineUrl} hint={t('fields.onlineUrlHint')} errors={errorsOf('onlineUrl')}>
              <TextInput {...input('onlineUrl', true)} type="url" />
            </Field>
          </Fieldset>
          <div className="staff-form-actions">
            <Button type="submit" disabled={busy || stale !== null}>
              {busy ? t('saving') : original ? t('save') : t('publish')}
            </Button>
            <Link to={original ? `/engagements/${original.id}` : '/engagements'} className="usa-button usa-button--unstyled">
              {t('cancelEdit')}
            </Link>
          </div>
        </Form>
      </div>
      <aside className="desktop:grid-col-5 staff-check-column">
        <CheckPanel check={check} checkable={isCheckable(values)} self={(id, title) => id === original?.id || (!original && title === values.title.trim())} onPick={pick} />
      </aside>
    </div>
  );
}

/** /engagements/new and /engagements/{id}/edit. */
export function EngagementFormPage() {
  const { t } = useTranslation('form');
  const { id } = useParams();
  const loaded = useEngagementVersion(id);
  const mayChange = useMayChange(loaded.data?.engagement.bureau);
  const title = id ? (loaded.data ? t('editTitle', { title: loaded.data.engagement.title }) : t('editFallback')) : t('newTitle');
  usePageTitle(title);
  return (
    <>
      <h1>{id && loaded.isPending ? t('loading') : title}</h1>
      <p className="usa-intro staff-intro">{id ? t('introEdit') : t('intro')}</p>
      {loaded.isError && (
        <Alert type="error" headingLevel="h2" slim>
          {problemMessage(loaded.error)}
        </Alert>
      )}
      {id && loaded.data && !mayChange && (
        <Alert type="warning" headingLevel="h2" slim>
          {t('notYours', { bureau: loaded.data.engagement.bureau })}
        </Alert>
      )}
      {!id && <EngagementFormBody />}
      {id && loaded.data && mayChange && <EngagementFormBody original={loaded.data.engagement} etag={loaded.data.etag} />}
    </>
  );
}

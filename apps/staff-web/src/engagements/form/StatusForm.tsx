import { Alert, Button, Form, Textarea, TextInput } from '@trussworks/react-uswds';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { usePageTitle } from '../../app/page-title';
import { api } from '../../api/client';
import { ApiProblem, dataOrThrow, problemMessage } from '../../api/problem';
import { useMayChange } from './access';
import { formProblems, type FormProblems } from './form-values';
import { describedBy, ErrorSummary, Field, fieldId } from './FormParts';
import { useEngagementVersion } from './queries';

/** The changes of status a staffer makes from an engagement's page, and the statuses each starts from. */
export const STATUS_ACTIONS = {
  cancel: ['draft', 'scheduled'],
  postpone: ['scheduled'],
  reschedule: ['postponed'],
  held: ['scheduled', 'postponed'],
} as const;
export type StatusAction = keyof typeof STATUS_ACTIONS;
const isAction = (value: string | undefined): value is StatusAction => value !== undefined && value in STATUS_ACTIONS;

const DONE = { cancel: 'cancelled', postpone: 'postponed', reschedule: 'rescheduled', held: 'held' } as const;

/** /engagements/{id}/cancel, /postpone, /reschedule and /held: one question each, sent with the version read. */
export function StatusFormPage() {
  const { t } = useTranslation('form');
  const { id = '', action } = useParams();
  const loaded = useEngagementVersion(id);
  const mayChange = useMayChange(loaded.data?.engagement.bureau);
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [reason, setReason] = useState('');
  const [attendance, setAttendance] = useState('');
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [busy, setBusy] = useState(false);
  const engagement = loaded.data?.engagement;
  const title = engagement && isAction(action) ? t(`status.${action}Title`, { title: engagement.title }) : t('loading');
  usePageTitle(title);
  if (!isAction(action)) return <Navigate to={`/engagements/${id}`} replace />;

  const send = async () => {
    const path = { path: { id }, header: { 'If-Match': loaded.data!.etag } };
    if (action === 'cancel') return dataOrThrow(await api.POST('/v1/engagements/{id}/cancel', { params: path, body: { reason: reason.trim() } }));
    if (action === 'held') return dataOrThrow(await api.POST('/v1/engagements/{id}/held', { params: path, body: { actualAttendance: Number(attendance) } }));
    return dataOrThrow(await api.PATCH('/v1/engagements/{id}', { params: path, body: { status: action === 'postpone' ? 'postponed' : 'scheduled' } }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (action === 'cancel' && !reason.trim()) return setProblems({ fields: { description: [t('status.reasonMissing')] }, other: [] });
    if (action === 'held' && !(attendance.trim() !== '' && Number.isInteger(Number(attendance)) && Number(attendance) >= 0))
      return setProblems({ fields: { expectedAttendance: [t('status.attendanceMissing')] }, other: [] });
    setBusy(true);
    try {
      await send();
      await queries.invalidateQueries({ queryKey: ['engagements'] });
      await queries.invalidateQueries({ queryKey: ['engagement', id] });
      void navigate(`/engagements/${id}`, { state: { notice: t(`done.${DONE[action]}`) } });
    } catch (error) {
      // A held count or reason the API refuses names its field; the form's two inputs stand for them.
      const refused = error instanceof ApiProblem && error.status < 500 && error.status !== 401;
      const named = refused ? formProblems(error.errors.map((e) => ({ ...e, field: e.field === 'actualAttendance' ? 'expectedAttendance' : e.field === 'reason' ? 'description' : e.field })), error.detail || error.title) : null;
      setProblems(named ?? { fields: {}, other: [problemMessage(error)] });
    } finally {
      setBusy(false);
    }
  };

  const reasonErrors = problems?.fields.description;
  const attendanceErrors = problems?.fields.expectedAttendance;
  const allowed = engagement && (STATUS_ACTIONS[action] as readonly string[]).includes(engagement.status);
  return (
    <>
      <h1>{title}</h1>
      {loaded.isError && (
        <Alert type="error" headingLevel="h2" slim>
          {problemMessage(loaded.error)}
        </Alert>
      )}
      {engagement && !mayChange && (
        <Alert type="warning" headingLevel="h2" slim>
          {t('notYours', { bureau: engagement.bureau })}
        </Alert>
      )}
      {engagement && mayChange && allowed && (
        <>
          <p className="usa-intro staff-intro">{t(`status.${action}Intro`)}</p>
          {problems && <ErrorSummary problems={problems} labels={{ description: t('status.reason'), expectedAttendance: t('status.attendance') }} />}
          <Form onSubmit={(event) => void submit(event)} large noValidate>
            {action === 'cancel' && (
              <Field field="description" label={t('status.reason')} hint={t('status.reasonHint')} required errors={reasonErrors}>
                <Textarea
                  id={fieldId('description')}
                  name="reason"
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  required
                  maxLength={500}
                  aria-describedby={describedBy('description', true, reasonErrors)}
                  aria-invalid={reasonErrors ? true : undefined}
                  error={Boolean(reasonErrors)}
                />
              </Field>
            )}
            {action === 'held' && (
              <Field field="expectedAttendance" label={t('status.attendance')} required errors={attendanceErrors}>
                <TextInput
                  id={fieldId('expectedAttendance')}
                  name="actualAttendance"
                  type="number"
                  min={0}
                  inputMode="numeric"
                  value={attendance}
                  onChange={(e) => setAttendance(e.target.value)}
                  required
                  className="usa-input--small"
                  aria-describedby={describedBy('expectedAttendance', false, attendanceErrors)}
                  aria-invalid={attendanceErrors ? true : undefined}
                  validationStatus={attendanceErrors ? 'error' : undefined}
                />
              </Field>
            )}
            <div className="staff-form-actions">
              <Button type="submit" disabled={busy} secondary={action === 'cancel'}>
                {busy ? t('saving') : t(`status.${action}Submit`)}
              </Button>
              <Link to={`/engagements/${id}`} className="usa-button usa-button--unstyled">
                {t('status.back')}
              </Link>
            </div>
          </Form>
        </>
      )}
    </>
  );
}

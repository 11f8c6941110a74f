import { Alert, Button, Fieldset, Form, Label, TextInput } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { usePageTitle } from '../app/page-title';
import { ApiProblem, problemMessage } from '../api/problem';
import { i18n } from '../i18n';
import { useAuth } from './auth';

function refusal(error: unknown): string {
  if (error instanceof ApiProblem && error.status === 401) return i18n.t('auth:refused');
  return problemMessage(error);
}

export function SignInPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('title'));
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? '/engagements';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const key = String(new FormData(event.currentTarget).get('api-key') ?? '').trim();
    if (!key) {
      setError(t('empty'));
      return;
    }
    setBusy(true);
    try {
      await signIn(key);
      await navigate(from, { replace: true });
    } catch (err) {
      setError(refusal(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="staff-sign-in">
      <h1>{t('title')}</h1>
      <p className="usa-intro">{t('intro')}</p>
      {error && (
        <Alert type="error" headingLevel="h2" heading={t('refusedHeading')} slim role="alert">
          {error}
        </Alert>
      )}
      <Form onSubmit={(event) => void submit(event)} large>
        <Fieldset legend={t('legend')} legendStyle="srOnly">
          <Label htmlFor="api-key">{t('label')}</Label>
          <span className="usa-hint" id="api-key-hint">
            <Trans t={t} i18nKey="hint" components={[<code key="prefix" />]} />
          </span>
          <TextInput id="api-key" name="api-key" type="password" autoComplete="off" spellCheck={false} aria-describedby="api-key-hint" validationStatus={error ? 'error' : undefined} />
          <Button type="submit" disabled={busy}>
            {busy ? t('busy') : t('submit')}
          </Button>
        </Fieldset>
      </Form>
    </div>
  );
}

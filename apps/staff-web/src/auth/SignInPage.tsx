import { Alert, Button, Fieldset, Form, Label, TextInput } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { usePageTitle } from '../app/page-title';
import { ApiProblem, problemMessage } from '../api/problem';
import { useAuth } from './auth';

function refusal(error: unknown): string {
  if (error instanceof ApiProblem && error.status === 401) return 'That key was not accepted. Check that you copied all of it, or ask the platform team for a new one.';
  return problemMessage(error);
}

export function SignInPage() {
  usePageTitle('Sign in');
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
      setError('Enter your API key.');
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
      <h1>Sign in</h1>
      <p className="usa-intro">Sign in with the API key the platform team gave you. It is kept in this browser tab only and forgotten when you close it.</p>
      {error && (
        <Alert type="error" headingLevel="h2" heading="You are not signed in" slim role="alert">
          {error}
        </Alert>
      )}
      <Form onSubmit={(event) => void submit(event)} large>
        <Fieldset legend="Your API key" legendStyle="srOnly">
          <Label htmlFor="api-key">API key</Label>
          <span className="usa-hint" id="api-key-hint">
            It starts with <code>civic_</code>. Keys are personal: do not share yours.
          </span>
          <TextInput id="api-key" name="api-key" type="password" autoComplete="off" spellCheck={false} aria-describedby="api-key-hint" validationStatus={error ? 'error' : undefined} />
          <Button type="submit" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </Button>
        </Fieldset>
      </Form>
    </div>
  );
}

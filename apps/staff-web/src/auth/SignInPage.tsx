import { Navigate, useLocation } from 'react-router';
import { usePageTitle } from '../app/page-title';
import { signInUrl, useAuth } from './auth';

export function SignInPage() {
  usePageTitle('Sign in');
  const { signedIn } = useAuth();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/engagements';
  if (signedIn) return <Navigate to={from} replace />;

  return (
    <div className="staff-sign-in">
      <h1>Sign in</h1>
      <p className="usa-intro">Sign in with your city account. You will come back to the page you asked for.</p>
      {/* A link, not a script: the sign-in is a visit to the identity provider and back. */}
      <a className="usa-button usa-button--big" href={signInUrl(from)}>
        Sign in with your city account
      </a>
      <p className="usa-hint">Machines and scripts use API keys instead (see the API documentation at /docs).</p>
    </div>
  );
}

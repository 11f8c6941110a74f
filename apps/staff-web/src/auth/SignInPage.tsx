import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { usePageTitle } from '../app/page-title';
import { signInUrl, useAuth } from './auth';

export function SignInPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('title'));
  const { signedIn } = useAuth();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/engagements';
  if (signedIn) return <Navigate to={from} replace />;

  return (
    <div className="staff-sign-in">
      <h1>{t('title')}</h1>
      <p className="usa-intro">{t('intro')}</p>
      {/* A link, not a script: the sign-in is a visit to the identity provider and back. */}
      <a className="usa-button usa-button--big" href={signInUrl(from)}>
        {t('submit')}
      </a>
      <p className="usa-hint">{t('machines')}</p>
    </div>
  );
}

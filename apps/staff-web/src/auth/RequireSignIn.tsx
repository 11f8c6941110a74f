import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from './auth';

/** The page, or the sign-in page that comes back to it; nothing while the session is being asked about. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { signedIn } = useAuth();
  const location = useLocation();
  const { t } = useTranslation('auth');
  if (signedIn === null) return <p role="status">{t('checking')}</p>;
  if (!signedIn) return <Navigate to="/sign-in" replace state={{ from: `${location.pathname}${location.search}` }} />;
  return children;
}

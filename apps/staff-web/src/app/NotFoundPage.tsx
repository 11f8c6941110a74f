import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from './page-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p className="usa-intro">{t('notFound.intro')}</p>
      <p>
        <Link to="/engagements" className="usa-link">
          {t('notFound.back')}
        </Link>
      </p>
    </>
  );
}

import { useEffect } from 'react';
import { i18n } from '../i18n';

/** Each route names itself in the tab's title, as screen readers announce it. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} | ${i18n.t('product')}`;
  }, [title]);
}

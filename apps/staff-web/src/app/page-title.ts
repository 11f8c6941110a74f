import { useEffect } from 'react';

const PRODUCT = 'Civic engagement staff';

/** Each route names itself in the tab's title, as screen readers announce it. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} | ${PRODUCT}`;
  }, [title]);
}

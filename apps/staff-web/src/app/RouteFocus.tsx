import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After moving to another page (not a filter change on the same one), focus goes to the new page's
 * heading, so a keyboard or screen reader user starts there instead of at the link they left.
 */
export function RouteFocus() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const heading = document.querySelector<HTMLElement>('main h1');
    const target = heading ?? document.getElementById('main-content');
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }, [pathname]);
  return null;
}

import { Link } from 'react-router';
import { usePageTitle } from './page-title';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p className="usa-intro">There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <p>
        <Link to="/engagements" className="usa-link">
          Go to the engagements
        </Link>
      </p>
    </>
  );
}

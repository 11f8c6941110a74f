import { Button, GridContainer, Header, PrimaryNav, Title } from '@trussworks/react-uswds';
import { useState } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { useAuth } from '../auth/auth';
import { RouteFocus } from './RouteFocus';

function SignedInAs() {
  const { principal } = useAuth();
  if (!principal) return null;
  const role = principal.role === 'bureau' ? `${principal.bureauCode} bureau staff` : principal.role === 'coordinator' ? 'Coordination staff' : 'Platform administrator';
  return (
    <span className="staff-who">
      Signed in as {principal.displayName}, {role}
    </span>
  );
}

export function Layout() {
  const { signedIn, signOut } = useAuth();
  const [menuOpen, setMenuOpen] = useState(false);

  const navItems = signedIn
    ? [
        <NavLink key="engagements" to="/engagements" className={({ isActive }) => `usa-nav-link${isActive ? ' usa-current' : ''}`} onClick={() => setMenuOpen(false)}>
          <span>Engagements</span>
        </NavLink>,
      ]
    : [];

  return (
    <>
      <a className="usa-skipnav" href="#main-content">
        Skip to main content
      </a>
      <div className={`usa-overlay${menuOpen ? ' is-visible' : ''}`} />
      <Header basic showMobileOverlay={menuOpen} className="staff-header">
        <div className="usa-nav-container">
          <div className="usa-navbar">
            <Title>
              <Link to="/" className="staff-title">
                <span className="staff-title__city">City of Portland</span>
                <span className="staff-title__product">Civic engagement coordination</span>
              </Link>
            </Title>
            {signedIn && (
              <button type="button" className="usa-menu-btn" onClick={() => setMenuOpen((open) => !open)} aria-expanded={menuOpen}>
                Menu
              </button>
            )}
          </div>
          {signedIn && (
            <PrimaryNav items={navItems} mobileExpanded={menuOpen} onToggleMobileNav={() => setMenuOpen((open) => !open)}>
              <div className="staff-account">
                <SignedInAs />
                <Button
                  type="button"
                  outline
                  className="staff-sign-out"
                  onClick={() => void signOut()}
                >
                  Sign out
                </Button>
              </div>
            </PrimaryNav>
          )}
        </div>
      </Header>
      <main id="main-content" className="staff-main" tabIndex={-1}>
        <GridContainer>
          <Outlet />
        </GridContainer>
      </main>
      <footer className="usa-footer usa-footer--slim staff-footer">
        <GridContainer>
          <p>For city staff. Times are Pacific Time (Portland). Questions about this workspace go to the platform team.</p>
        </GridContainer>
      </footer>
      <RouteFocus />
    </>
  );
}

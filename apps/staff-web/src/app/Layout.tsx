import { Button, GridContainer, Header, PrimaryNav, Title } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { useAuth } from '../auth/auth';
import { RouteFocus } from './RouteFocus';

function SignedInAs() {
  const { principal } = useAuth();
  const { t } = useTranslation();
  if (!principal) return null;
  return <span className="staff-who">{t(`signedInAs.${principal.role}`, { name: principal.displayName, bureau: principal.bureauCode })}</span>;
}

export function Layout() {
  const { signedIn, signOut } = useAuth();
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);

  const navItems = signedIn
    ? [
        <NavLink key="engagements" to="/engagements" className={({ isActive }) => `usa-nav-link${isActive ? ' usa-current' : ''}`} onClick={() => setMenuOpen(false)}>
          <span>{t('nav.engagements')}</span>
        </NavLink>,
      ]
    : [];

  return (
    <>
      <a className="usa-skipnav" href="#main-content">
        {t('skipLink')}
      </a>
      <div className={`usa-overlay${menuOpen ? ' is-visible' : ''}`} />
      <Header basic showMobileOverlay={menuOpen} className="staff-header">
        <div className="usa-nav-container">
          <div className="usa-navbar">
            <Title>
              <Link to="/" className="staff-title">
                <span className="staff-title__city">{t('city')}</span>
                <span className="staff-title__product">{t('productLong')}</span>
              </Link>
            </Title>
            {signedIn && (
              <button type="button" className="usa-menu-btn" onClick={() => setMenuOpen((open) => !open)} aria-expanded={menuOpen}>
                {t('menu')}
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
                  {t('signOut')}
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
          <p>{t('footer')}</p>
        </GridContainer>
      </footer>
      <RouteFocus />
    </>
  );
}

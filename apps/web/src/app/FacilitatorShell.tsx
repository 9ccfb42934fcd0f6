import type { TLocale } from '@thinline/shared';
import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useMe } from '../features/auth/hooks/useMe';
import { useSignOut } from '../features/auth/hooks/useSignOut';
import { rememberLocale } from '../i18n/detect';
import { activateLocale, useT } from '../i18n/i18n';
import { Button } from '../ui/Button';
import { errorMessage } from '../ui/errors';
import { LanguagePicker } from '../ui/LanguagePicker';

/** The frame of every facilitator screen: skip link, header with account, and the screen. */
export function FacilitatorShell() {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  const t = useT();

  // A new screen does not reload the page, so focus and scroll are moved to its top as a
  // reload would: starting a session from the bottom of the workshop editor must not open
  // the control room scrolled past its join code and Start button.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.shell.skip')}
      </a>
      <AppHeader />
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

function AppHeader() {
  const t = useT();
  const me = useMe();
  const user = me.data ?? null;
  return (
    <header className="app-header">
      <Link to="/" className="app-header__brand">
        Thinline
      </Link>
      <nav aria-label={t('app.shell.account')} className="app-header__nav">
        {user ? (
          <>
            <Link to="/workshops">{t('app.shell.workshops')}</Link>
            <Link to="/compare">{t('app.shell.compare')}</Link>
            <Link to="/orgs">{t('app.shell.organisations')}</Link>
            <span className="app-header__user">{t('app.shell.signedInAs', { name: user.name || user.email })}</span>
            <SignOutButton />
          </>
        ) : me.isPending ? null : (
          <>
            <Link to="/signin">{t('app.shell.signIn')}</Link>
            <Link to="/signup">{t('app.shell.signUp')}</Link>
          </>
        )}
        <LanguagePicker className="app-header__language" onPick={pickLanguage} />
      </nav>
    </header>
  );
}

function pickLanguage(locale: TLocale) {
  rememberLocale(locale);
  void activateLocale(locale, ['phone', 'app']);
}

function SignOutButton() {
  const t = useT();
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <>
      <Button
        variant="ghost"
        size="small"
        busy={signOut.isPending}
        busyLabel={t('app.shell.signingOut')}
        onClick={() => signOut.mutate(undefined, { onSuccess: () => void navigate('/') })}
      >
        {t('app.shell.signOut')}
      </Button>
      {signOut.isError ? (
        <span role="alert" className="app-header__user">
          {t('app.shell.signOutFailed', { reason: errorMessage(signOut.error) })}
        </span>
      ) : null}
    </>
  );
}

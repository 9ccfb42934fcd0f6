import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useMe } from '../features/auth/hooks/useMe';
import { useSignOut } from '../features/auth/hooks/useSignOut';
import { Button } from '../ui/Button';

/** The frame of every facilitator screen: skip link, header with account, and the screen. */
export function FacilitatorShell() {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);

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
        Skip to main content
      </a>
      <AppHeader />
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

function AppHeader() {
  const me = useMe();
  const user = me.data ?? null;
  return (
    <header className="app-header">
      <Link to="/" className="app-header__brand">
        Thinline
      </Link>
      <nav aria-label="Account" className="app-header__nav">
        {user ? (
          <>
            <Link to="/workshops">Workshops</Link>
            <Link to="/compare">Compare sessions</Link>
            <Link to="/orgs">Organisations</Link>
            <span className="app-header__user">Signed in as {user.name || user.email}</span>
            <SignOutButton />
          </>
        ) : me.isPending ? null : (
          <>
            <Link to="/signin">Sign in</Link>
            <Link to="/signup">Sign up</Link>
          </>
        )}
      </nav>
    </header>
  );
}

function SignOutButton() {
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <>
      <Button
        variant="ghost"
        size="small"
        busy={signOut.isPending}
        busyLabel="Signing out…"
        onClick={() => signOut.mutate(undefined, { onSuccess: () => void navigate('/') })}
      >
        Sign out
      </Button>
      {signOut.isError ? (
        <span role="alert" className="app-header__user">
          Could not sign out: {signOut.error.message}
        </span>
      ) : null}
    </>
  );
}

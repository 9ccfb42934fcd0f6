import { ButtonLink } from '../../../ui/ButtonLink';
import { useDocumentTitle } from '../../../ui/Page';
import { Loading } from '../../../ui/Spinner';
import { SignInCheckFailed } from '../../auth/components/SignInCheckFailed';
import { useMe } from '../../auth/hooks/useMe';
import { JoinCodeForm } from './JoinCodeForm';
import { WorkshopsPage } from '../../workshops/components/WorkshopsPage';

/** `/`: a signed-in facilitator's workshops; for everyone else, join a session or sign in. */
export function HomePage() {
  const me = useMe();
  if (me.isPending) return <Loading label="Loading Thinline…" />;
  if (me.isError) {
    // the landing works without the API; say what failed and still offer to join
    return (
      <>
        <SignInCheckFailed title="Could not check whether you are signed in" />
        <Landing />
      </>
    );
  }
  return me.data ? <WorkshopsPage /> : <Landing />;
}

function Landing() {
  useDocumentTitle('');
  return (
    <div className="page page--narrow">
      <header className="page__header">
        <div>
          <h1>Thinline</h1>
          <p className="page__lead">Map who owns each data and ML concern — live, with the whole team, in one session.</p>
        </div>
      </header>
      <section className="card">
        <JoinCodeForm />
      </section>
      <section className="section stack" aria-labelledby="facilitate-heading">
        <h2 id="facilitate-heading">Running a workshop?</h2>
        <p className="muted">Build a workshop from the Data Engineering vs MLOps template, show the join code, and watch the ownership heatmap fill in.</p>
        <div className="cluster">
          <ButtonLink to="/signin">Sign in</ButtonLink>
          <ButtonLink to="/signup" variant="secondary">
            Sign up
          </ButtonLink>
        </div>
      </section>
    </div>
  );
}

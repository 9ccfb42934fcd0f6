import { ButtonLink } from '../../../ui/ButtonLink';
import { useDocumentTitle } from '../../../ui/Page';
import { Loading } from '../../../ui/Spinner';
import { SignInCheckFailed } from '../../auth/components/SignInCheckFailed';
import { useMe } from '../../auth/hooks/useMe';
import { JoinCodeForm } from './JoinCodeForm';
import { WorkshopsPage } from '../../workshops/components/WorkshopsPage';
import { useT } from '../../../i18n/i18n';

/** `/`: a signed-in facilitator's workshops; for everyone else, join a session or sign in. */
export function HomePage() {
  const t = useT();
  const me = useMe();
  if (me.isPending) return <Loading label={t('app.home.loading')} />;
  if (me.isError) {
    // the landing works without the API; say what failed and still offer to join
    return (
      <>
        <SignInCheckFailed title={t('app.home.checkFailed')} />
        <Landing />
      </>
    );
  }
  return me.data ? <WorkshopsPage /> : <Landing />;
}

function Landing() {
  const t = useT();
  useDocumentTitle('');
  return (
    <div className="page page--narrow">
      <header className="page__header">
        <div>
          <h1>Thinline</h1>
          <p className="page__lead">{t('app.home.lead')}</p>
        </div>
      </header>
      <section className="card">
        <JoinCodeForm />
      </section>
      <section className="section stack" aria-labelledby="facilitate-heading">
        <h2 id="facilitate-heading">{t('app.home.facilitate')}</h2>
        <p className="muted">{t('app.home.facilitateText')}</p>
        <div className="cluster">
          <ButtonLink to="/signin">{t('app.shell.signIn')}</ButtonLink>
          <ButtonLink to="/signup" variant="secondary">
            {t('app.shell.signUp')}
          </ButtonLink>
        </div>
      </section>
    </div>
  );
}

import { Link } from 'react-router';
import { useT } from '../i18n/i18n';

export function NotFound() {
  const t = useT();
  return (
    <main className="page page--narrow">
      <h1>{t('app.notFound.title')}</h1>
      <p>{t('app.notFound.text')}</p>
      <p>
        <Link to="/">{t('app.notFound.home')}</Link>
      </p>
    </main>
  );
}

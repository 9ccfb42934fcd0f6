import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { TextField } from '../../../ui/Field';
import { Page } from '../../../ui/Page';
import { QueryState } from '../../../ui/QueryState';
import { createOrg, orgKeys, orgsQuery, roleLabel } from '../api';

/** `/orgs`: the organisations the person belongs to, and a new one. */
export function OrganisationsPage() {
  const t = useT();
  const orgs = useQuery(orgsQuery());
  return (
    <Page title={t('app.organisations.list.title')} lead={t('app.organisations.list.lead')}>
      <section className="section stack" aria-labelledby="orgs-heading">
        <h2 id="orgs-heading">{t('app.organisations.list.yours')}</h2>
        <QueryState query={orgs} loadingLabel={t('app.organisations.list.loading')} errorTitle={t('app.organisations.list.error')}>
          {(list) =>
            list.length === 0 ? (
              <EmptyState title={t('app.organisations.list.emptyTitle')} headingLevel={3}>
                {t('app.organisations.list.emptyText')}
              </EmptyState>
            ) : (
              <ul className="item-list">
                {list.map((o) => (
                  <li key={o.id} className="item-list__item">
                    <Link to={`/orgs/${o.id}`} className="item-list__title">
                      {o.name}
                    </Link>
                    <span className="muted">{t('app.organisations.list.yourRole', { role: roleLabel(o.role) })}</span>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      </section>
      <NewOrganisationForm />
    </Page>
  );
}

function NewOrganisationForm() {
  const t = useT();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const client = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: createOrg,
    onSuccess: (org) => {
      void client.invalidateQueries({ queryKey: orgKeys.list });
      void navigate(`/orgs/${org.id}`);
    },
  });
  return (
    <section className="section card stack" aria-labelledby="new-org-heading">
      <h2 id="new-org-heading">{t('app.organisations.new.heading')}</h2>
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return setProblem(t('app.organisations.new.nameMissing'));
          setProblem(undefined);
          create.mutate(name.trim());
        }}
      >
        {create.isError ? <ErrorMessage error={create.error} title={t('app.organisations.new.failed')} /> : null}
        <TextField label={t('app.organisations.new.name')} value={name} onChange={(e) => setName(e.target.value)} error={problem} hint={t('app.organisations.new.nameHint')} />
        <div>
          <Button type="submit" busy={create.isPending} busyLabel={t('app.organisations.new.creating')}>
            {t('app.organisations.new.create')}
          </Button>
        </div>
      </form>
    </section>
  );
}

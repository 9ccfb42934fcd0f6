import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { TextField } from '../../../ui/Field';
import { Page } from '../../../ui/Page';
import { QueryState } from '../../../ui/QueryState';
import { ROLE_LABELS, createOrg, orgKeys, orgsQuery } from '../api';

/** `/orgs`: the organisations the person belongs to, and a new one. */
export function OrganisationsPage() {
  const orgs = useQuery(orgsQuery());
  return (
    <Page title="Organisations" lead="Share workshops with other facilitators, and give managers every session's results without share links.">
      <section className="section stack" aria-labelledby="orgs-heading">
        <h2 id="orgs-heading">Yours</h2>
        <QueryState query={orgs} loadingLabel="Loading your organisations…" errorTitle="Could not load your organisations">
          {(list) =>
            list.length === 0 ? (
              <EmptyState title="No organisation yet" headingLevel={3}>
                Create one below, or open an invite link someone sent you.
              </EmptyState>
            ) : (
              <ul className="item-list">
                {list.map((o) => (
                  <li key={o.id} className="item-list__item">
                    <Link to={`/orgs/${o.id}`} className="item-list__title">
                      {o.name}
                    </Link>
                    <span className="muted">Your role: {ROLE_LABELS[o.role]}</span>
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
      <h2 id="new-org-heading">New organisation</h2>
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return setProblem('Enter a name for the organisation.');
          setProblem(undefined);
          create.mutate(name.trim());
        }}
      >
        {create.isError ? <ErrorMessage error={create.error} title="Could not create the organisation" /> : null}
        <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} error={problem} hint="Your company or department; you will be its owner." />
        <div>
          <Button type="submit" busy={create.isPending} busyLabel="Creating…">
            Create organisation
          </Button>
        </div>
      </form>
    </section>
  );
}

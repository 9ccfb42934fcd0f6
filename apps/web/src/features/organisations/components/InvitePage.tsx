import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Button } from '../../../ui/Button';
import { ErrorMessage, Notice } from '../../../ui/ErrorMessage';
import { Page } from '../../../ui/Page';
import { ROLE_HINTS, ROLE_LABELS, acceptInvite, orgKeys } from '../api';

/** `/invites/:token`: the page an invite link opens (after signing in). */
export function InvitePage() {
  const { token = '' } = useParams();
  const client = useQueryClient();
  const accept = useMutation({
    mutationFn: () => acceptInvite(token),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: orgKeys.list });
      void client.invalidateQueries({ queryKey: ['workshops'] });
    },
  });
  return (
    <Page title="Join an organisation" width="narrow" lead="Someone invited you to share their workshops. The link works once.">
      {accept.isSuccess ? (
        <Notice tone="success" title={`You joined as ${ROLE_LABELS[accept.data.role].toLowerCase()}`} live>
          <p>As a {ROLE_LABELS[accept.data.role].toLowerCase()} you {ROLE_HINTS[accept.data.role]}.</p>
          <p className="cluster">
            <Link to="/workshops">Open the workshops</Link>
            <Link to={`/orgs/${accept.data.orgId}`}>See the members</Link>
          </p>
        </Notice>
      ) : (
        <div className="stack">
          {accept.isError ? <ErrorMessage error={accept.error} title="Could not join" /> : null}
          <div>
            <Button size="large" onClick={() => accept.mutate()} busy={accept.isPending} busyLabel="Joining…">
              Join the organisation
            </Button>
          </div>
        </div>
      )}
    </Page>
  );
}

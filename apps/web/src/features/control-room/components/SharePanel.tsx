import { useState } from 'react';
import { Button } from '../../../ui/Button';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { CopyField } from '../../../ui/CopyField';
import { ErrorMessage, Notice } from '../../../ui/ErrorMessage';
import { SelectField } from '../../../ui/Field';
import { formatDateTime } from '../../../ui/format';
import type { TShareLink } from '@thinline/shared';
import { useCreateShareLink } from '../hooks/useCreateShareLink';
import { useRevokeShareLink } from '../hooks/useRevokeShareLink';
import { useShareLinks } from '../hooks/useShareLinks';

const EXPIRY = [
  { days: 0, label: 'Never' },
  { days: 7, label: 'In 7 days' },
  { days: 30, label: 'In 30 days' },
] as const;

/**
 * Read-only report links for managers: create one (with an expiry), copy it, and the list of
 * every link that still works, from the server, so any of them can be revoked after a reload.
 * A link's address is shown once, when it is made: the server keeps only a hash of it.
 */
export function SharePanel({ sessionId }: { sessionId: string }) {
  const create = useCreateShareLink(sessionId);
  const revoke = useRevokeShareLink(sessionId);
  const links = useShareLinks(sessionId);
  const [fresh, setFresh] = useState<TShareLink | null>(null);
  const [days, setDays] = useState(0);
  const [revoked, setRevoked] = useState(false);

  const make = () => {
    setRevoked(false);
    revoke.reset();
    create.mutate(days || undefined, { onSuccess: setFresh });
  };
  const revokeOne = (id: string) =>
    revoke.mutate(id, {
      onSuccess: () => {
        if (fresh?.id === id) setFresh(null);
        setRevoked(true);
      },
    });

  const list = links.data?.links ?? [];
  return (
    <section className="card card--flat stack" aria-labelledby="share-heading">
      <h2 id="share-heading">Share the report</h2>
      <p className="muted">Anyone with the link can read the results, never change them. You can revoke it at any time.</p>
      {fresh ? <CopyField label="New read-only report link (shown once: copy it now)" value={new URL(fresh.url, window.location.origin).href} /> : null}
      <div className="cluster">
        <SelectField label="The link stops working" value={String(days)} onChange={(e) => setDays(Number(e.target.value))}>
          {EXPIRY.map((e) => (
            <option key={e.days} value={e.days}>
              {e.label}
            </option>
          ))}
        </SelectField>
        <Button variant="secondary" onClick={make} busy={create.isPending} busyLabel="Creating the link…">
          Create a share link
        </Button>
      </div>
      {list.length > 0 ? (
        <ul className="share-links" aria-label="Links that work">
          {list.map((l) => (
            <li key={l.id} className="share-links__item" data-share-link={l.id}>
              <span>
                Made {formatDateTime(l.createdAt)} · {l.expiresAt ? `stops working ${formatDateTime(l.expiresAt)}` : 'never expires'}
              </span>
              <ConfirmButton question="Revoke the link? Whoever has it loses access." confirmLabel="Revoke link" busy={revoke.isPending && revoke.variables === l.id} onConfirm={() => revokeOne(l.id)}>
                Revoke
              </ConfirmButton>
            </li>
          ))}
        </ul>
      ) : links.isSuccess ? (
        <p className="muted">No link works at the moment.</p>
      ) : null}
      {revoked ? (
        <Notice tone="success" live>
          <p>The link is revoked: it no longer opens the report.</p>
        </Notice>
      ) : null}
      {links.isError ? <ErrorMessage error={links.error} title="Could not list the share links" onRetry={() => void links.refetch()} /> : null}
      {create.isError ? <ErrorMessage error={create.error} title="Could not create a share link" onRetry={make} /> : null}
      {revoke.isError ? <ErrorMessage error={revoke.error} title="Could not revoke the link" /> : null}
    </section>
  );
}

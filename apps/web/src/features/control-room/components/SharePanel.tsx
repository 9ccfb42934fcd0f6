import { useState } from 'react';
import { Button } from '../../../ui/Button';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { CopyField } from '../../../ui/CopyField';
import { ErrorMessage, Notice } from '../../../ui/ErrorMessage';
import type { TShareLink } from '@thinline/shared';
import { useCreateShareLink } from '../hooks/useCreateShareLink';
import { useRevokeShareLink } from '../hooks/useRevokeShareLink';

/** A read-only report link for managers: create, copy, revoke. */
export function SharePanel({ sessionId }: { sessionId: string }) {
  const create = useCreateShareLink(sessionId);
  const revoke = useRevokeShareLink(sessionId);
  const [link, setLink] = useState<TShareLink | null>(null);
  const [revoked, setRevoked] = useState(false);

  const make = () => {
    setRevoked(false);
    revoke.reset();
    create.mutate(undefined, { onSuccess: setLink });
  };

  return (
    <section className="card card--flat stack" aria-labelledby="share-heading">
      <h2 id="share-heading">Share the report</h2>
      <p className="muted">Anyone with the link can read the results, never change them. You can revoke it at any time.</p>
      {link ? (
        <>
          <CopyField label="Read-only report link" value={new URL(link.url, window.location.origin).href} />
          <div>
            <ConfirmButton
              question="Revoke the link? Whoever has it loses access."
              confirmLabel="Revoke link"
              busy={revoke.isPending}
              onConfirm={() =>
                revoke.mutate(link.token, {
                  onSuccess: () => {
                    setLink(null);
                    setRevoked(true);
                  },
                })
              }
            >
              Revoke link
            </ConfirmButton>
          </div>
        </>
      ) : (
        <div>
          <Button variant="secondary" onClick={make} busy={create.isPending} busyLabel="Creating the link…">
            Create a share link
          </Button>
        </div>
      )}
      {revoked ? (
        <Notice tone="success" live>
          <p>The link is revoked: it no longer opens the report.</p>
        </Notice>
      ) : null}
      {create.isError ? <ErrorMessage error={create.error} title="Could not create a share link" onRetry={make} /> : null}
      {revoke.isError ? <ErrorMessage error={revoke.error} title="Could not revoke the link" /> : null}
    </section>
  );
}

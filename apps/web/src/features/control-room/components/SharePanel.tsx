import { useState } from 'react';
import { type MessageId, useT } from '../../../i18n/i18n';
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

const EXPIRY: readonly { days: number; label: MessageId }[] = [
  { days: 0, label: 'app.controlRoom.share.never' },
  { days: 7, label: 'app.controlRoom.share.inDays' },
  { days: 30, label: 'app.controlRoom.share.inDays' },
];

/**
 * Read-only report links for managers: create one (with an expiry), copy it, and the list of
 * every link that still works, from the server, so any of them can be revoked after a reload.
 * A link's address is shown once, when it is made: the server keeps only a hash of it.
 */
export function SharePanel({ sessionId }: { sessionId: string }) {
  const t = useT();
  const create = useCreateShareLink(sessionId);
  const revoke = useRevokeShareLink(sessionId);
  const links = useShareLinks(sessionId);
  const [fresh, setFresh] = useState<TShareLink | null>(null);
  const [days, setDays] = useState(0);
  const [revoked, setRevoked] = useState(false);

  const make = () => {
    setRevoked(false);
    revoke.reset();
    create.mutate({ expiresInDays: days || undefined }, { onSuccess: setFresh });
  };
  const revokeOne = (id: string) =>
    revoke.mutate(id, {
      onSuccess: () => {
        if (fresh?.id === id) setFresh(null);
        setRevoked(true);
      },
    });

  // presenter links have their own panel (ProjectorLinkPanel)
  const list = (links.data?.links ?? []).filter((l) => l.kind === 'report');
  return (
    <section className="card card--flat stack" aria-labelledby="share-heading">
      <h2 id="share-heading">{t('app.controlRoom.share.heading')}</h2>
      <p className="muted">{t('app.controlRoom.share.lead')}</p>
      {fresh ? <CopyField label={t('app.controlRoom.share.fresh')} value={new URL(fresh.url, window.location.origin).href} /> : null}
      <div className="cluster">
        <SelectField label={t('app.controlRoom.share.expiry')} value={String(days)} onChange={(e) => setDays(Number(e.target.value))}>
          {EXPIRY.map((e) => (
            <option key={e.days} value={e.days}>
              {t(e.label, { n: e.days })}
            </option>
          ))}
        </SelectField>
        <Button variant="secondary" onClick={make} busy={create.isPending} busyLabel={t('app.controlRoom.share.creating')}>
          {t('app.controlRoom.share.create')}
        </Button>
      </div>
      {list.length > 0 ? (
        <ul className="share-links" aria-label={t('app.controlRoom.share.list')}>
          {list.map((l) => (
            <li key={l.id} className="share-links__item" data-share-link={l.id}>
              <span>
                {l.expiresAt
                  ? t('app.controlRoom.share.madeExpires', { made: formatDateTime(l.createdAt), expires: formatDateTime(l.expiresAt) })
                  : t('app.controlRoom.share.madeNever', { made: formatDateTime(l.createdAt) })}
              </span>
              <ConfirmButton question={t('app.controlRoom.share.revokeQuestion')} confirmLabel={t('app.controlRoom.share.revokeConfirm')} busy={revoke.isPending && revoke.variables === l.id} onConfirm={() => revokeOne(l.id)}>
                {t('app.controlRoom.share.revoke')}
              </ConfirmButton>
            </li>
          ))}
        </ul>
      ) : links.isSuccess ? (
        <p className="muted">{t('app.controlRoom.share.none')}</p>
      ) : null}
      {revoked ? (
        <Notice tone="success" live>
          <p>{t('app.controlRoom.share.revoked')}</p>
        </Notice>
      ) : null}
      {links.isError ? <ErrorMessage error={links.error} title={t('app.controlRoom.share.listFailed')} onRetry={() => void links.refetch()} /> : null}
      {create.isError ? <ErrorMessage error={create.error} title={t('app.controlRoom.share.createFailed')} onRetry={make} /> : null}
      {revoke.isError ? <ErrorMessage error={revoke.error} title={t('app.controlRoom.share.revokeFailed')} /> : null}
    </section>
  );
}

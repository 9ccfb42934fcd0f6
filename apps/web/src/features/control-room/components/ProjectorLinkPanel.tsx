import type { TShareLink } from '@thinline/shared';
import { useState } from 'react';
import { type MessageId, useT } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { CopyField } from '../../../ui/CopyField';
import { ErrorMessage, Notice } from '../../../ui/ErrorMessage';
import { SelectField } from '../../../ui/Field';
import { formatDateTime } from '../../../ui/format';
import { useCreateShareLink } from '../hooks/useCreateShareLink';
import { useRevokeShareLink } from '../hooks/useRevokeShareLink';
import { useShareLinks } from '../hooks/useShareLinks';

const EXPIRY: readonly { days: number; label: MessageId }[] = [
  { days: 1, label: 'app.controlRoom.share.inDays' },
  { days: 7, label: 'app.controlRoom.share.inDays' },
  { days: 0, label: 'app.controlRoom.share.never' },
];

/**
 * "Open on a projector": a presenter link for a venue's PC nobody signs in to. It shows the
 * presenter screen, follows the pages and views sent from here, and changes nothing. Listed
 * from the server (kind presenter), so it can be revoked after a reload; a revoke blanks the
 * projector showing it at once.
 */
export function ProjectorLinkPanel({ sessionId }: { sessionId: string }) {
  const t = useT();
  const create = useCreateShareLink(sessionId);
  const revoke = useRevokeShareLink(sessionId);
  const links = useShareLinks(sessionId);
  const [fresh, setFresh] = useState<TShareLink | null>(null);
  const [days, setDays] = useState(1);
  const [revoked, setRevoked] = useState(false);

  const make = () => {
    setRevoked(false);
    revoke.reset();
    create.mutate({ kind: 'presenter', expiresInDays: days || undefined }, { onSuccess: setFresh });
  };
  const revokeOne = (id: string) =>
    revoke.mutate(id, {
      onSuccess: () => {
        if (fresh?.id === id) setFresh(null);
        setRevoked(true);
      },
    });

  const list = (links.data?.links ?? []).filter((l) => l.kind === 'presenter');
  const url = fresh ? new URL(fresh.url, window.location.origin).href : null;
  return (
    <section className="card card--flat stack" aria-labelledby="projector-link-heading" data-projector-links>
      <h2 id="projector-link-heading">{t('app.controlRoom.projector.heading')}</h2>
      <p className="muted">{t('app.controlRoom.projector.lead')}</p>
      {url ? (
        <>
          <CopyField label={t('app.controlRoom.projector.fresh')} value={url} />
          <p>
            <a href={url} target="_blank" rel="noreferrer">
              {t('app.controlRoom.projector.openHere')}
            </a>
          </p>
        </>
      ) : null}
      <div className="cluster">
        <SelectField label={t('app.controlRoom.share.expiry')} value={String(days)} onChange={(e) => setDays(Number(e.target.value))}>
          {EXPIRY.map((e) => (
            <option key={e.days} value={e.days}>
              {t(e.label, { n: e.days })}
            </option>
          ))}
        </SelectField>
        <Button variant="secondary" onClick={make} busy={create.isPending} busyLabel={t('app.controlRoom.share.creating')}>
          {t('app.controlRoom.projector.create')}
        </Button>
      </div>
      {list.length > 0 ? (
        <ul className="share-links" aria-label={t('app.controlRoom.projector.list')}>
          {list.map((l) => (
            <li key={l.id} className="share-links__item" data-share-link={l.id}>
              <span>
                {l.expiresAt
                  ? t('app.controlRoom.share.madeExpires', { made: formatDateTime(l.createdAt), expires: formatDateTime(l.expiresAt) })
                  : t('app.controlRoom.share.madeNever', { made: formatDateTime(l.createdAt) })}
              </span>
              <ConfirmButton question={t('app.controlRoom.projector.revokeQuestion')} confirmLabel={t('app.controlRoom.share.revokeConfirm')} busy={revoke.isPending && revoke.variables === l.id} onConfirm={() => revokeOne(l.id)}>
                {t('app.controlRoom.share.revoke')}
              </ConfirmButton>
            </li>
          ))}
        </ul>
      ) : links.isSuccess ? (
        <p className="muted">{t('app.controlRoom.projector.none')}</p>
      ) : null}
      {revoked ? (
        <Notice tone="success" live>
          <p>{t('app.controlRoom.projector.revoked')}</p>
        </Notice>
      ) : null}
      {create.isError ? <ErrorMessage error={create.error} title={t('app.controlRoom.projector.createFailed')} onRetry={make} /> : null}
      {revoke.isError ? <ErrorMessage error={revoke.error} title={t('app.controlRoom.share.revokeFailed')} /> : null}
    </section>
  );
}

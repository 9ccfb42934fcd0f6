import type { TShareLink, TShareLinkSummary } from '@thinline/shared';
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

/** What one kind of link's panel says: the rest (expiry, made, revoke) is shared. */
export interface LinkPanelWords {
  heading: MessageId;
  lead: MessageId;
  fresh: MessageId;
  create: MessageId;
  list: MessageId;
  revokeQuestion: MessageId;
  none: MessageId;
  revoked: MessageId;
  createFailed: MessageId;
  /** a link to open the fresh address in a new window */
  openHere?: MessageId;
}

export interface LinkPanelProps {
  sessionId: string;
  kind: TShareLinkSummary['kind'];
  words: LinkPanelWords;
  /** the expiry choices in days, 0 for never; the first is chosen at first */
  expiryDays: readonly number[];
}

/**
 * A panel of share links of one kind: make one with an expiry, copy it (its address is shown
 * once: the server keeps only a hash), and every link of the kind that still works, listed from
 * the server, so any of them can be revoked after a reload.
 */
export function LinkPanel({ sessionId, kind, words, expiryDays }: LinkPanelProps) {
  const t = useT();
  const create = useCreateShareLink(sessionId);
  const revoke = useRevokeShareLink(sessionId);
  const links = useShareLinks(sessionId);
  const [fresh, setFresh] = useState<TShareLink | null>(null);
  const [days, setDays] = useState(expiryDays[0] ?? 0);
  const [revoked, setRevoked] = useState(false);

  const make = () => {
    setRevoked(false);
    revoke.reset();
    create.mutate({ kind, expiresInDays: days || undefined }, { onSuccess: setFresh });
  };
  const revokeOne = (id: string) =>
    revoke.mutate(id, {
      onSuccess: () => {
        if (fresh?.id === id) setFresh(null);
        setRevoked(true);
      },
    });

  const list = (links.data?.links ?? []).filter((l) => l.kind === kind);
  const url = fresh ? new URL(fresh.url, window.location.origin).href : null;
  const headingId = `${kind}-links-heading`;
  return (
    <section className="card card--flat stack" aria-labelledby={headingId} data-link-kind={kind}>
      <h2 id={headingId}>{t(words.heading)}</h2>
      <p className="muted">{t(words.lead)}</p>
      {url ? (
        <>
          <CopyField label={t(words.fresh)} value={url} />
          {words.openHere ? (
            <p>
              <a href={url} target="_blank" rel="noreferrer">
                {t(words.openHere)}
              </a>
            </p>
          ) : null}
        </>
      ) : null}
      <div className="cluster">
        <SelectField label={t('app.controlRoom.share.expiry')} value={String(days)} onChange={(e) => setDays(Number(e.target.value))}>
          {expiryDays.map((n) => (
            <option key={n} value={n}>
              {n === 0 ? t('app.controlRoom.share.never') : t('app.controlRoom.share.inDays', { n })}
            </option>
          ))}
        </SelectField>
        <Button variant="secondary" onClick={make} busy={create.isPending} busyLabel={t('app.controlRoom.share.creating')}>
          {t(words.create)}
        </Button>
      </div>
      {list.length > 0 ? (
        <ul className="share-links" aria-label={t(words.list)}>
          {list.map((l) => (
            <li key={l.id} className="share-links__item" data-share-link={l.id}>
              <span>
                {l.expiresAt
                  ? t('app.controlRoom.share.madeExpires', { made: formatDateTime(l.createdAt), expires: formatDateTime(l.expiresAt) })
                  : t('app.controlRoom.share.madeNever', { made: formatDateTime(l.createdAt) })}
              </span>
              <ConfirmButton question={t(words.revokeQuestion)} confirmLabel={t('app.controlRoom.share.revokeConfirm')} busy={revoke.isPending && revoke.variables === l.id} onConfirm={() => revokeOne(l.id)}>
                {t('app.controlRoom.share.revoke')}
              </ConfirmButton>
            </li>
          ))}
        </ul>
      ) : links.isSuccess ? (
        <p className="muted">{t(words.none)}</p>
      ) : null}
      {revoked ? (
        <Notice tone="success" live>
          <p>{t(words.revoked)}</p>
        </Notice>
      ) : null}
      {links.isError ? <ErrorMessage error={links.error} title={t('app.controlRoom.share.listFailed')} onRetry={() => void links.refetch()} /> : null}
      {create.isError ? <ErrorMessage error={create.error} title={t(words.createFailed)} onRetry={make} /> : null}
      {revoke.isError ? <ErrorMessage error={revoke.error} title={t('app.controlRoom.share.revokeFailed')} /> : null}
    </section>
  );
}

import { useT } from '../../../i18n/i18n';
import { StatusBadge } from '../../../ui/StatusBadge';
import { CHANGE_KINDS, type StatusChangeItem, changeKindText, statusWord } from '../lib/changes';

function Change({ item, labels }: { item: StatusChangeItem; labels: { a: string; b: string } }) {
  return (
    <li className="change-list__item">
      <p className="change-list__title">
        <strong>{item.title}</strong>
      </p>
      <p className="cluster">
        <span className="visually-hidden">{labels.a}:</span>
        <StatusBadge kind={item.from}>{statusWord(item.from)}</StatusBadge>
        <span aria-hidden="true">→</span>
        <span className="visually-hidden">{labels.b}:</span>
        <StatusBadge kind={item.to}>{statusWord(item.to)}</StatusBadge>
      </p>
      {item.moves.length > 0 ? <p className="muted change-list__moves">{item.moves.join(' · ')}</p> : null}
    </li>
  );
}

/** The concerns whose status changed (gap → clear…), grouped by what the change means. */
export function StatusChanges({ changes, labels }: { changes: StatusChangeItem[]; labels: { a: string; b: string } }) {
  const t = useT();
  return (
    <section className="section stack" aria-labelledby="compare-status-heading">
      <h2 id="compare-status-heading">{t('app.compare.status.heading')}</h2>
      {changes.length === 0 ? (
        <p>{t('app.compare.status.none')}</p>
      ) : (
        <>
          <p className="muted">{t('app.compare.status.count', { n: changes.length, a: labels.a, b: labels.b })}</p>
          {CHANGE_KINDS.map((kind) => {
            const items = changes.filter((c) => c.kind === kind);
            if (items.length === 0) return null;
            const text = changeKindText(kind, items.length);
            return (
              <div key={kind} className="stack stack--tight">
                <h3 id={`compare-status-${kind}`}>{text.title}</h3>
                <p className="muted">{text.hint}</p>
                <ul className="change-list" aria-labelledby={`compare-status-${kind}`}>
                  {items.map((item) => (
                    <Change key={item.concernId} item={item} labels={labels} />
                  ))}
                </ul>
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
